package com.creatordesk.mailbox.sandbox;

import java.time.Instant;

/** An outside address that exchanged mail with the organization's team, and its latest message. */
public record SandboxAddress(String address, int messages, Instant latest, String latestSubject) {
}
