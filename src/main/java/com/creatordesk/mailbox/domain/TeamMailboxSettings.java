package com.creatordesk.mailbox.domain;

import com.creatordesk.identity.CurrentMember;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings → Mailbox for the signed-in member's organization: save, remove and test the team mailbox. A
 * password left empty keeps the saved one; a saved password is never handed back.
 */
@Service
public class TeamMailboxSettings {

    /** A rule the submitted settings break, for the named form field. */
    public static class Rejected extends RuntimeException {

        private final String field;

        Rejected(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private final MailboxAccounts accounts;
    private final SecretCipher cipher;
    private final Clock clock;

    TeamMailboxSettings(MailboxAccounts accounts, SecretCipher cipher, Clock clock) {
        this.accounts = accounts;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** The saved settings; whether the password is readable is {@code MailboxStatus.problem()}. */
    public Optional<MailboxSettings> current() {
        return accounts.findFirstBy().map(MailboxAccount::settings);
    }

    @Transactional
    public void save(CurrentMember actor, MailboxSettings settings, String newPassword) {
        MailboxAccount account = accounts.findFirstBy()
                .orElseGet(() -> new MailboxAccount(actor.organizationId().value()));
        String encrypted = null;
        if (newPassword != null && !newPassword.isEmpty()) {
            encrypted = cipher.encrypt(newPassword, account.getOrganizationId());
        } else {
            savedPasswordFor(account, settings);
        }
        account.update(settings, encrypted, actor.id().value(), clock.instant());
        accounts.save(account);
    }

    /** Back to the sandbox (or to nothing, when the sandbox is off). */
    @Transactional
    public void remove() {
        accounts.findFirstBy().ifPresent(accounts::delete);
    }

    /**
     * Tests the submitted (not yet saved) settings; an empty password means the saved one. Not one
     * transaction: the network may take seconds, and no database connection waits for it.
     */
    public List<ConnectionCheck> test(MailboxSettings settings, String newPassword) {
        String password = newPassword;
        if (password == null || password.isEmpty()) {
            password = savedPasswordFor(accounts.findFirstBy().orElse(null), settings);
        }
        TeamMailbox mailbox = new TeamMailbox(false, settings.senderName(), settings.senderAddress(), settings.imap(),
                settings.smtp(), settings.username(), password);
        return ConnectionCheck.run(mailbox, ConnectionCheck.TIMEOUT);
    }

    /**
     * The saved password, for settings that may use it. It only ever goes to the servers and user it was
     * entered for, over at least the same protection: otherwise anyone allowed to edit the settings could
     * point them at a server of their own and collect the password.
     */
    private String savedPasswordFor(MailboxAccount account, MailboxSettings settings) {
        if (account == null || account.getPasswordEncrypted() == null) {
            throw new Rejected("password", "Enter the mailbox password.");
        }
        MailboxSettings saved = account.settings();
        if (!sameDestination(saved.imap(), settings.imap()) || !sameDestination(saved.smtp(), settings.smtp())
                || !saved.username().equalsIgnoreCase(settings.username())) {
            throw new Rejected("password", "Enter the password again: the saved one is only used with the saved "
                    + "hosts, security settings and user name.");
        }
        try {
            return cipher.decrypt(account.getPasswordEncrypted(), account.getOrganizationId());
        } catch (UnreadableSecretException e) {
            throw new Rejected("password", "The saved password can't be decrypted any more. Enter it again.");
        }
    }

    private static boolean sameDestination(MailServer saved, MailServer submitted) {
        return saved.host().equalsIgnoreCase(submitted.host()) && saved.security() == submitted.security();
    }
}
