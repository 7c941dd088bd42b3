package com.creatordesk.creators.domain;

import com.creatordesk.creators.Platform;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;

/**
 * Reads public profile pages over HTTP: bounded in time (connect and whole-fetch timeouts) and size (at
 * most {@code maxBytes} are read), following a few redirects and only to http or https addresses.
 */
@Component
class HttpProfileEnricher implements ProfileEnricher {

    private final EnrichmentSettings settings;
    private final HttpClient client;

    HttpProfileEnricher(EnrichmentSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public ProfileSnapshot read(Platform platform, String handle, URI profileUrl) {
        URI current = profileUrl;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            requireWeb(current);
            HttpResponse<byte[]> response = fetch(current);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                current = current.resolve(response.headers().firstValue("Location").get().strip());
                continue;
            }
            if (status != 200) {
                throw new EnrichmentFailure("The profile page answered with HTTP status " + status + ".");
            }
            String type = response.headers().firstValue("Content-Type").orElse("text/html").toLowerCase(Locale.ROOT);
            if (!type.contains("html")) {
                throw new EnrichmentFailure("The profile address did not lead to a web page.");
            }
            ProfileSnapshot snapshot = ProfilePageParser.parse(response.body(), charset(type), current, handle);
            if (snapshot.isEmpty()) {
                throw new EnrichmentFailure("The profile page had no profile details we could read.");
            }
            return snapshot;
        }
        throw new EnrichmentFailure("The profile page redirected too many times.");
    }

    private HttpResponse<byte[]> fetch(URI url) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(settings.timeout())
                .header("Accept", "text/html,application/xhtml+xml")
                .header("User-Agent", "Mozilla/5.0 (compatible; Creatordesk profile enrichment)")
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> response =
                client.sendAsync(request, info -> new CappedBody(settings.maxBytes()));
        try {
            return response.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw timedOut();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnrichmentFailure("Reading the profile page was interrupted.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpTimeoutException) {
                throw timedOut();
            }
            if (e.getCause() instanceof IOException) {
                throw new EnrichmentFailure("The profile page could not be reached (" + e.getCause().getClass().getSimpleName() + ").");
            }
            throw new EnrichmentFailure("The profile page could not be read.");
        }
    }

    private EnrichmentFailure timedOut() {
        return new EnrichmentFailure("The profile page did not answer within " + settings.timeout().toSeconds() + " seconds.");
    }

    private static void requireWeb(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new EnrichmentFailure("The profile page redirected to an address that is not a web page.");
        }
    }

    private static String charset(String contentType) {
        int at = contentType.indexOf("charset=");
        return at < 0 ? null : contentType.substring(at + "charset=".length()).replace("\"", "").split(";")[0].strip();
    }
}
