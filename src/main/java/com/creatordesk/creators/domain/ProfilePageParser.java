package com.creatordesk.creators.domain;

import com.creatordesk.creators.Platform;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a profile page's metadata: og:title (or the page title) for the name, og:image for the avatar,
 * og:description for the bio, and a follower or subscriber count where the page states one.
 */
final class ProfilePageParser {

    private static final Pattern COUNT = Pattern.compile(
            "(\\d[\\d,.]*)\\s*([KkMmBb])?\\+?\\s+(followers|subscribers)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT_FIELD = Pattern.compile("\"follower_?count\"\\s*:\\s*(\\d+)", Pattern.CASE_INSENSITIVE);
    /** Descriptions that are only counts (“12K Followers, 300 Following, 40 Posts - See Instagram photos…”). */
    private static final Pattern COUNTS_ONLY = Pattern.compile("^\\s*\\d[\\d,.]*\\s*[KkMmBb]?\\s+(followers|subscribers)",
            Pattern.CASE_INSENSITIVE);

    private ProfilePageParser() {
    }

    static ProfileSnapshot parse(byte[] body, String charset, URI url, String handle) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(body), supported(charset), url.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String description = meta(page, "og:description").or(() -> meta(page, "description")).orElse(null);
        String title = meta(page, "og:title").or(() -> meta(page, "twitter:title"))
                .or(() -> Optional.of(page.title()).filter(text -> !text.isBlank())).orElse(null);
        String avatar = meta(page, "og:image").or(() -> meta(page, "twitter:image"))
                .map(image -> url.resolve(image.strip()).toString())
                .filter(image -> image.startsWith("https://") || image.startsWith("http://"))
                .filter(image -> image.length() <= ProfileRules.MAX_URL)
                .orElse(null);
        String bio = description == null || COUNTS_ONLY.matcher(description).find() ? null : limit(description, ProfileRules.MAX_BIO);
        return new ProfileSnapshot(name(title, handle), avatar, bio, followers(description, page));
    }

    static String name(String title, String handle) {
        if (title == null) {
            return null;
        }
        String name = title;
        for (String separator : new String[] {" (@", " • ", " | ", " · "}) {
            int at = name.indexOf(separator);
            if (at > 0) {
                name = name.substring(0, at);
            }
        }
        for (Platform platform : Platform.values()) {
            String suffix = " - " + platform.label();
            if (name.endsWith(suffix)) {
                name = name.substring(0, name.length() - suffix.length());
            }
        }
        name = name.strip();
        if (name.startsWith("@") && name.substring(1).equalsIgnoreCase(handle)) {
            return null;
        }
        return name.isEmpty() ? null : limit(name, Creator.MAX_NAME);
    }

    static Long followers(String description, Document page) {
        if (description != null) {
            Long count = count(COUNT.matcher(description));
            if (count != null) {
                return count;
            }
        }
        Matcher field = COUNT_FIELD.matcher(page.html());
        if (field.find()) {
            return Long.parseLong(field.group(1));
        }
        return count(COUNT.matcher(page.body() == null ? "" : page.body().text()));
    }

    private static Long count(Matcher matcher) {
        if (!matcher.find()) {
            return null;
        }
        String number = matcher.group(1).replace(",", "");
        String unit = matcher.group(2) == null ? "" : matcher.group(2).toUpperCase(Locale.ROOT);
        long factor = switch (unit) {
            case "K" -> 1_000L;
            case "M" -> 1_000_000L;
            case "B" -> 1_000_000_000L;
            default -> 1L;
        };
        try {
            return new BigDecimal(number).multiply(BigDecimal.valueOf(factor)).longValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Optional<String> meta(Document page, String name) {
        return page.select("meta[property=" + name + "], meta[name=" + name + "]").stream()
                .map(element -> element.attr("content"))
                .map(String::strip)
                .filter(content -> !content.isEmpty())
                .findFirst();
    }

    private static String limit(String text, int max) {
        String clean = text.strip();
        return clean.length() <= max ? clean : clean.substring(0, max).strip();
    }

    /** The charset the server named, if Java knows it; otherwise jsoup reads it from the page (or uses UTF-8). */
    private static String supported(String charset) {
        try {
            return charset != null && Charset.isSupported(charset) ? charset : null;
        } catch (IllegalArgumentException unknownName) {
            return null;
        }
    }
}
