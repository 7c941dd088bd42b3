package com.creatordesk.mailbox.web;

import com.creatordesk.mailbox.sandbox.SandboxMessages;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the Sandbox page in every member's navigation while the sandbox runs (layout.html reads
 * {@code sandboxNavigation}); identity owns the navigation but may not depend on this module.
 */
@ControllerAdvice
class SandboxNavigationAdvice {

    private final SandboxMessages sandbox;

    SandboxNavigationAdvice(SandboxMessages sandbox) {
        this.sandbox = sandbox;
    }

    @ModelAttribute("sandboxNavigation")
    boolean sandboxNavigation() {
        return sandbox.isRunning();
    }
}
