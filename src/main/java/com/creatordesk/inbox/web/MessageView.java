package com.creatordesk.inbox.web;

import com.creatordesk.inbox.domain.EmailMessage;
import com.creatordesk.inbox.domain.StoredAttachment;
import java.util.List;
import com.creatordesk.inbox.domain.mime.HtmlSanitizer;
import com.creatordesk.inbox.domain.mime.MailKind;

/**
 * A message as the thread page shows it: its HTML (remote images only when allowed) or its text. Built
 * inside the read transaction, so the template never loads anything lazily.
 */
record MessageView(EmailMessage message, String html, boolean imagesBlocked, List<StoredAttachment> attachments) {

    static MessageView of(EmailMessage message, boolean allowImages) {
        String html = message.getHtmlBody();
        boolean blocked = html != null && message.isRemoteContent() && !allowImages;
        if (blocked) {
            html = HtmlSanitizer.withoutRemoteImages(html);
        }
        return new MessageView(message, html, blocked, message.getAttachments());
    }

    public String sender() {
        EmailMessage m = message;
        if (m.getFromName() != null && m.getFromAddress() != null) {
            return m.getFromName() + " <" + m.getFromAddress() + ">";
        }
        return m.getFromAddress() == null ? "Unknown sender" : m.getFromAddress();
    }

    public String kindLabel() {
        return message.getKind() == MailKind.AUTO_REPLY ? "Auto-reply"
                : message.getKind() == MailKind.BOUNCE ? "Delivery failed" : null;
    }
}
