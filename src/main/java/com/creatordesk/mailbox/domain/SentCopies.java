package com.creatordesk.mailbox.domain;

import com.creatordesk.mailbox.MailboxUnavailableException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.HeaderTerm;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies of the emails a batch sends, in the team mailbox's Sent folder, kept as soon as each is accepted (by
 * {@link SentCopyQueue}, on a thread of their own) so that after a crash the Sent folder tells what went out.
 * Not thread-safe: one thread keeps them all. They go over one IMAP connection for the whole batch,
 * the sandbox's as any server's, unless the server turns out to file sent mail itself (the first email is looked
 * for before its copy is added). A copy that can't be kept
 * never stops sending: it is logged and the rest of the batch goes without copies.
 */
final class SentCopies implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SentCopies.class);

    private final TeamMailbox mailbox;
    private Store store;
    private Folder sent;
    private boolean serverKeepsCopies;
    private volatile boolean broken;

    private SentCopies(TeamMailbox mailbox) {
        this.mailbox = mailbox;
    }

    static SentCopies of(TeamMailbox mailbox) {
        return new SentCopies(mailbox);
    }

    /** For batches whose mail needs no copy (the sandbox's outside senders keep theirs themselves). */
    static SentCopies none() {
        SentCopies none = new SentCopies(null);
        none.broken = true;
        return none;
    }

    /** Whether copies are off: none wanted, or one could not be kept. */
    boolean gaveUp() {
        return broken;
    }

    void keep(String messageId, MimeMessage message) {
        if (broken) {
            return;
        }
        try {
            if (store == null) {
                store = MailConnections.connectImap(mailbox, MailConnections.DEFAULT_TIMEOUT);
                sent = store.getFolder(SentFolders.findOrCreate(store));
                serverKeepsCopies = contains(messageId);
            }
            if (!serverKeepsCopies) {
                MimeMessage copy = new UndatedCopy(message);
                copy.setFlag(Flags.Flag.SEEN, true);
                sent.appendMessages(new Message[] {copy});
            }
        } catch (MessagingException | MailboxUnavailableException | IllegalStateException e) {
            log.warn("Couldn't keep copies of sent emails in the Sent folder of {} ({}); sending goes on without them.",
                    mailbox.senderAddress(), e.getMessage());
            broken = true;
        }
    }

    private boolean contains(String messageId) throws MessagingException {
        sent.open(Folder.READ_ONLY);
        try {
            for (Message found : sent.search(new HeaderTerm("Message-ID", messageId))) {
                String[] ids = found.getHeader("Message-ID");
                if (ids != null && Arrays.stream(ids).anyMatch(id -> id.strip().equals(messageId.strip()))) {
                    return true;
                }
            }
            return false;
        } finally {
            sent.close(false);
        }
    }

    @Override
    public void close() {
        if (store != null) {
            try {
                store.close();
            } catch (MessagingException alreadyClosed) {
                // nothing to release
            }
            store = null;
        }
    }
}
