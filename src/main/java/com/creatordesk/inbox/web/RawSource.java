package com.creatordesk.inbox.web;

import com.creatordesk.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A message's raw source as a download; shown as text, never rendered. */
final class RawSource {

    private RawSource() {
    }

    static ResponseEntity<byte[]> download(String fileName, byte[] source) {
        if (source == null) {
            throw new NotFoundException("Message source");
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(source);
    }
}
