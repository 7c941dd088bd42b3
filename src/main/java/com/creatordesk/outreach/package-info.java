/**
 * Outreach templates, drafts, bulk send and the outbox of outreach messages; publishes OutreachBatchSent (the OutreachSent facts of each recorded batch).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outreach", allowedDependencies = {"campaigns", "creators", "mailbox", "identity", "identity :: events"})
package com.creatordesk.outreach;
