package com.creatordesk.collaborations.domain;

import com.creatordesk.creators.Platform;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A piece of content the creator delivered: where it is, where and when it was posted, and how it did. */
public record ContentDetails(String url, Platform platform, String postType, LocalDate postedOn, Long views,
        Long likes, Long comments) {

    public static final int MAX_URL = 2000;
    public static final int MAX_POST_TYPE = 60;

    public ContentDetails {
        url = url == null ? "" : url.strip();
        postType = postType == null ? "" : postType.strip();
    }

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (url.isEmpty()) {
            problems.put("url", "Enter the link to the post.");
        } else if (url.length() > MAX_URL || !isWebAddress(url)) {
            problems.put("url", "Enter a web address starting with https:// or http://.");
        }
        if (platform == null) {
            problems.put("platform", "Choose the platform.");
        }
        if (postType.isEmpty()) {
            problems.put("postType", "Enter the post type, for example Reel or video.");
        } else if (postType.length() > MAX_POST_TYPE) {
            problems.put("postType", "Use at most " + MAX_POST_TYPE + " characters.");
        }
        if (postedOn == null) {
            problems.put("postedOn", "Enter the date it was posted.");
        }
        negative(problems, "views", views);
        negative(problems, "likes", likes);
        negative(problems, "comments", comments);
        return problems;
    }

    void requireValid() {
        problems().entrySet().stream().findFirst().ifPresent(problem -> {
            throw new CollaborationRuleViolation(problem.getKey(), problem.getValue());
        });
    }

    private static void negative(Map<String, String> problems, String field, Long count) {
        if (count != null && count < 0) {
            problems.put(field, "Enter a number of zero or more.");
        }
    }

    /** Only http(s) links: anything else (javascript:, data:) must never become a link on the page. */
    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme)) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
