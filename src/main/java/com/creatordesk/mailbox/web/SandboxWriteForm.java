package com.creatordesk.mailbox.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new email to the team, written as an outside address (a creator) on the Sandbox page. */
record SandboxWriteForm(
        @NotBlank(message = "Enter the address to write as, e.g. maya@creator.test.") @Email(message = "Enter a valid email address.")
        @Size(max = 254, message = "Use at most 254 characters.")
        String from,
        @NotBlank(message = "Enter a subject.") @Size(max = 200, message = "Use at most 200 characters.")
        String subject,
        @NotBlank(message = "Write the message.") @Size(max = 20000, message = "Use at most 20,000 characters.")
        String body) {

    static SandboxWriteForm empty(String from) {
        return new SandboxWriteForm(from, "", "");
    }
}
