package com.creatordesk.mailbox;

/**
 * Which mailbox an organization sends from right now.
 *
 * @param source     its own mailbox, the built-in sandbox, or none (the sandbox is switched off)
 * @param senderName the display name on sent mail (null for the sandbox)
 * @param address    the team address (null when none)
 * @param problem    why mail can't be sent although a mailbox is there (an undecryptable password), or null
 */
public record MailboxStatus(Source source, String senderName, String address, String problem) {

    public enum Source { CONFIGURED, SANDBOX, NONE }

    public boolean canSend() {
        return source != Source.NONE && problem == null;
    }

    public boolean isSandbox() {
        return source == Source.SANDBOX;
    }
}
