package com.creatordesk.mailbox.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reply, written as the address that received the team's email. */
record SandboxReplyForm(
        @NotBlank(message = "Write the reply.") @Size(max = 20000, message = "Use at most 20,000 characters.")
        String body) {
}
