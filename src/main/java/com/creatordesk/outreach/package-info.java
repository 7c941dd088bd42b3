/**
 * Outreach templates, drafts, bulk send and the outbox of outreach messages; publishes OutreachSent.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outreach", allowedDependencies = {"campaigns", "creators", "mailbox", "identity", "identity :: events"})
package com.creatordesk.outreach;
