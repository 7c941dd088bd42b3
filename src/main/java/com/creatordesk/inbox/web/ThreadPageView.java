package com.creatordesk.inbox.web;

import com.creatordesk.inbox.domain.EmailMessage;
import com.creatordesk.inbox.domain.EmailThread;
import com.creatordesk.inbox.domain.Messages;
import com.creatordesk.inbox.domain.ThreadFinder;
import com.creatordesk.shared.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/** Reads what the thread page shows, in one read-only transaction. */
@Component
class ThreadPageView {

    private final ThreadFinder finder;
    private final Messages messages;
    private final ThreadRows rows;

    ThreadPageView(ThreadFinder finder, Messages messages, ThreadRows rows) {
        this.finder = finder;
        this.messages = messages;
        this.rows = rows;
    }

    /** @return the id of the thread shown: another one when the asked-for thread was merged into it */
    @Transactional(readOnly = true)
    public UUID fill(UUID id, boolean images, Model model) {
        EmailThread thread = finder.find(id).orElseThrow(() -> new NotFoundException("Email thread"));
        List<EmailMessage> all = messages.findThread(thread.getId());
        model.addAttribute("row", rows.of(thread));
        model.addAttribute("messages", all.stream().map(message -> MessageView.of(message, images)).toList());
        model.addAttribute("imagesAllowed", images);
        model.addAttribute("anyBlocked", !images && all.stream().anyMatch(EmailMessage::isRemoteContent));
        return thread.getId();
    }

    @Transactional(readOnly = true)
    public byte[] rawSource(UUID messageId) {
        return messages.findById(messageId).map(EmailMessage::getRawSource)
                .orElseThrow(() -> new NotFoundException("Message source"));
    }
}
