package com.creatordesk.inbox.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The Reply form under a thread. */
record ReplyForm(@NotBlank(message = "Write your reply first.") @Size(max = 20_000, message = "Keep the reply under 20,000 characters.") String body) {

    static ReplyForm empty() {
        return new ReplyForm("");
    }
}
