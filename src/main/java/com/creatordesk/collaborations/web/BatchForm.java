package com.creatordesk.collaborations.web;

import java.util.List;
import java.util.UUID;

/**
 * The batch toolbar: the selected collaborations and what to do with them (change their status, with a
 * reason when cancelling; add or remove a tag). Its fields are prefixed so they never clash with the
 * list's filters, which the same request carries.
 */
record BatchForm(List<UUID> ids, String action, String batchStatus, String batchReason, String batchReasonNote,
        String batchTag) {

    BatchForm {
        ids = ids == null ? List.of() : ids;
    }
}
