/**
 * Collaborations: deal terms, lifecycle, activity timeline, payments, content deliveries and delivery tracking.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Collaborations", allowedDependencies = {"inbox", "inbox :: events", "outreach", "campaigns", "campaigns :: events", "creators", "creators :: events", "identity", "identity :: events"})
package com.creatordesk.collaborations;
