package com.creatordesk.outreach.domain;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the cursor of the next page (null on the last one). */
public record Slice<T>(List<T> rows, String next) {

    /** From {@code size + 1} rows read: the extra row only tells that there is a next page. */
    public static <T> Slice<T> of(List<T> found, int size, Function<T, String> cursorOf) {
        if (found.size() <= size) {
            return new Slice<>(List.copyOf(found), null);
        }
        List<T> page = List.copyOf(found.subList(0, size));
        return new Slice<>(page, cursorOf.apply(page.get(size - 1)));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
