package com.creatordesk.creators.domain;

import java.util.List;

/** One page of the Creators list, with the cursors of the pages before and after it (null at either end). */
public record CreatorPage(List<CreatorRow> rows, PageCursor previous, PageCursor next) {

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
