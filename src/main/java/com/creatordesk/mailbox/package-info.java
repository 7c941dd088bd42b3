/**
 * The team mailbox: IMAP/SMTP settings with encrypted secrets, sending mail, and the built-in sandbox mail server.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mailbox", allowedDependencies = {"identity", "identity :: events"})
package com.creatordesk.mailbox;
