package com.creatordesk.outreach.web;

import com.creatordesk.outreach.domain.BulkRecipient;
import com.creatordesk.outreach.domain.BulkRecipients.RecipientRow;
import com.creatordesk.outreach.domain.RecipientState;

/** One row of a bulk send's recipients: the preflight's verdict and, once queued, the email's status. */
record RecipientView(BulkRecipient recipient, String stateStyle, MessageView message) {

    static RecipientView of(RecipientRow row, boolean waitingForQuota) {
        RecipientState state = row.getRecipient().getState();
        String style = switch (state) {
            case RESOLVED -> "success";
            case INVALID -> "danger";
            case SKIPPED -> "warning";
        };
        return new RecipientView(row.getRecipient(), style,
                row.getMessage() == null ? null : MessageView.of(row.getMessage(), waitingForQuota));
    }
}
