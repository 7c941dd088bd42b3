/**
 * Notification preferences, the in-app notification centre and notification emails; it only listens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = {"outreach :: events", "inbox :: events", "collaborations :: events", "connections :: events", "identity", "mailbox", "campaigns", "creators", "identity :: events"})
package com.creatordesk.notifications;
