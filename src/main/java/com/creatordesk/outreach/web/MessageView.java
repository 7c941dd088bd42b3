package com.creatordesk.outreach.web;

import com.creatordesk.outreach.domain.MessageStatus;
import com.creatordesk.outreach.domain.OutreachMessage;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An outbox message's status as the screens show it: a label, a badge style and, for a failure or a retry,
 * the reason. Queued messages read "Waiting for tomorrow's quota" once today's cap is reached.
 */
record MessageView(String label, String style, String detail) {

    static final String WAITING_FOR_QUOTA = "Waiting for tomorrow's quota";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    static MessageView of(OutreachMessage message, boolean quotaReached) {
        return switch (message.getStatus()) {
            case QUEUED -> message.isRetrying()
                    ? new MessageView("Queued", "warning", "Retrying at " + TIME.format(message.getNextAttemptAt())
                            + " after: " + message.getProblem())
                    : quotaReached ? new MessageView(WAITING_FOR_QUOTA, "warning", null)
                    : new MessageView("Queued", "info", null);
            case SENDING -> new MessageView("Sending", "accent", null);
            case SENT -> new MessageView("Sent", "success", null);
            case FAILED -> new MessageView("Failed", "danger", message.getProblem());
            case BOUNCED -> new MessageView("Bounced", "danger", message.getProblem());
            case SKIPPED -> new MessageView("Skipped", "", message.getProblem());
        };
    }

    static String style(MessageStatus status) {
        return switch (status) {
            case QUEUED -> "info";
            case SENDING -> "accent";
            case SENT -> "success";
            case FAILED, BOUNCED -> "danger";
            case SKIPPED -> "";
        };
    }
}
