package com.creatordesk.outreach.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The app's own address for links in emails: {@code creatordesk.base-url}, else the current request's. */
@Component
class LinkBase {

    private final String configured;

    LinkBase(@Value("${creatordesk.base-url}") String configured) {
        this.configured = configured;
    }

    String get() {
        return configured.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                : configured.replaceAll("/+$", "");
    }
}
