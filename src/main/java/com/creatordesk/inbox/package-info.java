/**
 * Inbox sync, email threads and messages, and the Inbox screens; publishes CreatorRepliedToOutreach and MessageReceived.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inbox", allowedDependencies = {"outreach :: events", "mailbox", "creators", "identity", "identity :: events"})
package com.creatordesk.inbox;
