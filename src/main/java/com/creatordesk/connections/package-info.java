/**
 * Connection invites, connections, the messenger and creator links.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Connections", allowedDependencies = {"inbox :: events", "creators", "mailbox", "identity", "identity :: events"})
package com.creatordesk.connections;
