package com.creatordesk.mailbox.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * One sandbox message as an outside address sees it: received from the team (in its inbox) or sent to
 * the team (in its Sent folder). {@code date} is when it reached that mailbox.
 */
public record SandboxEntry(String address, Box box, long uid, String from, List<String> to, String subject,
        Instant date, String messageId, List<String> references) {

    public enum Box {
        RECEIVED("inbox"), SENT("sent");

        private final String path;

        Box(String path) {
            this.path = path;
        }

        /** How the box appears in URLs. */
        public String path() {
            return path;
        }

        public static Box ofPath(String path) {
            for (Box box : values()) {
                if (box.path.equals(path)) {
                    return box;
                }
            }
            return null;
        }
    }

    public boolean isReceived() {
        return box == Box.RECEIVED;
    }
}
