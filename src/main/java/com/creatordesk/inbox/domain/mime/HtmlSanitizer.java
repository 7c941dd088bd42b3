package com.creatordesk.inbox.domain.mime;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Email HTML made safe to show inside our pages (jsoup's relaxed safelist: no scripts, styles, forms,
 * frames or event handlers; links open in a new tab without a referrer). Remote images stay in the stored
 * HTML and are taken out each time it is shown, until the member allows them.
 */
public final class HtmlSanitizer {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow")
            .addEnforcedAttribute("a", "target", "_blank");

    private HtmlSanitizer() {
    }

    /** The sanitised body HTML, and whether it loads anything from the internet. */
    public record Sanitized(String html, boolean remoteContent) {
    }

    public static Sanitized sanitize(String html) {
        Document dirty = Jsoup.parse(html);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        clean.select("img:not([src])").remove();
        boolean remote = !clean.select("img[src]").isEmpty();
        return new Sanitized(clean.body().html(), remote);
    }

    /** The stored (already sanitised) HTML with every remote image replaced by its description. */
    public static String withoutRemoteImages(String sanitized) {
        Document document = Jsoup.parseBodyFragment(sanitized);
        document.outputSettings().prettyPrint(false);
        for (Element image : document.select("img[src]")) {
            String alt = image.attr("alt").strip();
            image.replaceWith(new Element("span").addClass("blocked-image").text(alt.isEmpty() ? "[image]" : "[image: " + alt + "]"));
        }
        return document.body().html();
    }

    /** Readable text of an HTML body, for emails that have no plain-text part. */
    public static String toText(String html) {
        Document document = Jsoup.parse(html);
        document.select("br").after("\n");
        document.select("p, div, tr, li, h1, h2, h3, h4, blockquote").after("\n");
        return document.body().wholeText().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\n[ ]+", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }
}
