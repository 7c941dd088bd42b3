package com.creatordesk.outreach.domain;

import com.creatordesk.outreach.events.OutreachBounced;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A bounce notice for one of our Message-IDs marks that recipient's message Bounced; a repeat is a no-op. */
@Component
class OutreachBounces {

    private final OutreachMessages messages;
    private final Clock clock;

    OutreachBounces(OutreachMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** Runs scoped to the event's organization, so another organization's Message-ID is simply not found. */
    @ApplicationModuleListener(id = "outreach-bounces")
    void on(OutreachBounced event) {
        messages.findByMessageId(event.messageId()).ifPresent(message -> {
            message.bounce(event.diagnostic(), clock.instant());
            messages.save(message);
        });
    }
}
