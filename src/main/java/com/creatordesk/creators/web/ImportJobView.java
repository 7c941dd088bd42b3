package com.creatordesk.creators.web;

import com.creatordesk.creators.domain.ImportJob;

/** How an import's state reads on screen. */
record ImportJobView(String status, String badge, boolean running, String processed) {

    static ImportJobView of(ImportJob job) {
        String processed = Figures.number(job.getProcessedRows()) + " of " + Figures.number(job.getTotalRows()) + " rows";
        return switch (job.getStatus()) {
            case UPLOADED -> new ImportJobView("Waiting for column mapping", "", false, processed);
            case QUEUED -> new ImportJobView("Queued", "info", true, processed);
            case RUNNING -> new ImportJobView("Importing", "info", true, processed);
            case DONE -> new ImportJobView("Done", "success", false, processed);
            case FAILED -> new ImportJobView("Stopped", "danger", false, processed);
        };
    }
}
