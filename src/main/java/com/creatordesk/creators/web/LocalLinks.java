package com.creatordesk.creators.web;

/** Where a form goes back to after posting: only a path inside Creators, never an outside address. */
final class LocalLinks {

    private LocalLinks() {
    }

    static String backTo(String returnTo, String fallback) {
        if (returnTo != null && returnTo.startsWith("/creators") && !returnTo.contains("//") && !returnTo.contains("\\")
                && !returnTo.contains("\r") && !returnTo.contains("\n")) {
            return returnTo;
        }
        return fallback;
    }
}
