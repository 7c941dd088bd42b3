package com.creatordesk.mailbox.domain;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.mailbox.MailboxStatus;
import com.creatordesk.mailbox.MailboxStatus.Source;
import com.creatordesk.mailbox.MailboxUnavailableException;
import com.creatordesk.mailbox.sandbox.SandboxServer;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which mailbox an organization uses: its own when one is configured, else the sandbox. Callers name the
 * organization explicitly (background jobs, other modules), so the look-up runs in a transaction of its
 * own bound to that organization, whatever the calling thread is scoped to.
 */
@Component
public class TeamMailboxes {

    private final MailboxAccounts accounts;
    private final SecretCipher cipher;
    private final SandboxServer sandbox;
    private final TransactionTemplate ownTransaction;

    TeamMailboxes(MailboxAccounts accounts, SecretCipher cipher, SandboxServer sandbox,
            PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.cipher = cipher;
        this.sandbox = sandbox;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransaction.setReadOnly(true);
    }

    public MailboxStatus status(OrganizationId organization) {
        Optional<MailboxAccount> account = account(organization);
        if (account.isPresent()) {
            MailboxSettings settings = account.get().settings();
            String problem = null;
            try {
                cipher.decrypt(account.get().getPasswordEncrypted(), organization.value());
            } catch (UnreadableSecretException e) {
                problem = e.getMessage();
            }
            return new MailboxStatus(Source.CONFIGURED, settings.senderName(), settings.senderAddress(), problem);
        }
        if (sandbox.isRunning()) {
            return new MailboxStatus(Source.SANDBOX, null, SandboxServer.teamAddress(organization), null);
        }
        return new MailboxStatus(Source.NONE, null, null, null);
    }

    /**
     * The mailbox to connect to, password decrypted.
     *
     * @throws MailboxUnavailableException when there is none or its password can't be decrypted
     */
    public TeamMailbox require(OrganizationId organization) {
        Optional<MailboxAccount> account = account(organization);
        if (account.isPresent()) {
            MailboxSettings settings = account.get().settings();
            String password;
            try {
                password = cipher.decrypt(account.get().getPasswordEncrypted(), organization.value());
            } catch (UnreadableSecretException e) {
                throw new MailboxUnavailableException(e.getMessage(), e);
            }
            return new TeamMailbox(false, settings.senderName(), settings.senderAddress(), settings.imap(),
                    settings.smtp(), settings.username(), password);
        }
        if (sandbox.isRunning()) {
            return sandbox.teamMailbox(organization);
        }
        throw new MailboxUnavailableException(NO_MAILBOX);
    }

    public static final String NO_MAILBOX = "No team mailbox is connected and the sandbox mail server is switched off, "
            + "so nothing can be sent. An Owner or Admin can connect one in Settings → Mailbox.";

    private Optional<MailboxAccount> account(OrganizationId organization) {
        return Tenancy.callAs(organization, () -> ownTransaction.execute(status -> accounts.findFirstBy()));
    }
}
