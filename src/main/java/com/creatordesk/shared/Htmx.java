package com.creatordesk.shared;

import jakarta.servlet.http.HttpServletRequest;

/** How a controller tells an htmx swap (answer with a fragment) from a page load (answer with the whole page). */
public final class Htmx {

    private Htmx() {
    }

    /**
     * True for an htmx request that swaps part of the page. A history restore (the Back button, with
     * htmx's history cache off) also carries HX-Request but needs the whole page.
     */
    public static boolean wantsFragment(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null && request.getHeader("HX-History-Restore-Request") == null;
    }
}
