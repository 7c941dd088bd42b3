package com.creatordesk.shared;

/**
 * Paging limits shared by every list screen, so a URL cannot ask for an unbounded page.
 */
public final class PageRequestParams {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 100;

    private PageRequestParams() {
    }

    public static int size(Integer requested) {
        if (requested == null || requested < 1) {
            return DEFAULT_SIZE;
        }
        return Math.min(requested, MAX_SIZE);
    }

    public static int page(Integer requested) {
        return requested == null || requested < 0 ? 0 : requested;
    }
}
