package com.creatordesk.inbox.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An attachment's name, type and size; the content itself stays in the mailbox. */
@Embeddable
public record StoredAttachment(@Column(name = "file_name") String fileName, @Column(name = "content_type") String contentType,
        @Column(name = "size_bytes") long sizeBytes) {
}
