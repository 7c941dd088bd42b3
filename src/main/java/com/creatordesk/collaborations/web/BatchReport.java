package com.creatordesk.collaborations.web;

import com.creatordesk.collaborations.domain.BatchResult;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What a batch operation tells the member: what it did, and each skipped collaboration with the reason. */
record BatchReport(String summary, ArrayList<String> skipped) implements Serializable {

    static BatchReport of(BatchResult result, String done) {
        ArrayList<String> skipped = new ArrayList<>();
        result.skipped().forEach(row -> skipped.add((row.name() == null ? "Collaboration " + row.id() : row.name())
                + " — " + row.reason()));
        String summary = result.applied() == 0 ? "Nothing changed."
                : String.format(done, result.applied() + (result.applied() == 1 ? " collaboration" : " collaborations"));
        if (!skipped.isEmpty()) {
            summary += " Skipped " + skipped.size() + ":";
        }
        return new BatchReport(summary, skipped);
    }

    public List<String> skippedRows() {
        return skipped;
    }
}
