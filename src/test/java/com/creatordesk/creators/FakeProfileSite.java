package com.creatordesk.creators;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the platforms' public profile pages ({@code /<platform>/<handle>}), which every test
 * context's enrichment points at (see {@link CreatorsTestPropertiesFactory}). Tests say what each profile
 * answers; an unknown profile answers 404.
 */
public final class FakeProfileSite {

    public record Answer(int status, String contentType, byte[] body, Duration delay, String location) {
    }

    private static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> HITS = new ConcurrentHashMap<>();
    private static HttpServer server;

    private FakeProfileSite() {
    }

    public static synchronized int port() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.setExecutor(Executors.newCachedThreadPool(work -> {
                Thread thread = new Thread(work, "fake-profile-site");
                thread.setDaemon(true);
                return thread;
            }));
            server.createContext("/", FakeProfileSite::answer);
            server.start();
        }
        return server.getAddress().getPort();
    }

    public static String template(Platform platform) {
        return "http://127.0.0.1:" + port() + "/" + platform.name().toLowerCase(Locale.ROOT) + "/{handle}";
    }

    public static void page(Platform platform, String handle, String html) {
        answer(platform, handle, new Answer(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), null, null));
    }

    public static void answer(Platform platform, String handle, Answer answer) {
        ANSWERS.put(path(platform, handle), answer);
    }

    public static int hits(Platform platform, String handle) {
        return HITS.computeIfAbsent(path(platform, handle), key -> new AtomicInteger()).get();
    }

    public static String path(Platform platform, String handle) {
        return "/" + platform.name().toLowerCase(Locale.ROOT) + "/" + handle;
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        HITS.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
        Answer answer = ANSWERS.getOrDefault(path, new Answer(404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8), null, null));
        try {
            if (answer.delay() != null) {
                Thread.sleep(answer.delay().toMillis());
            }
            if (answer.location() != null) {
                exchange.getResponseHeaders().add("Location", answer.location());
            }
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // the enricher gave up (timeout or size limit) and closed the connection
        } finally {
            exchange.close();
        }
    }
}
