package com.creatordesk.mailbox.sandbox;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.mailbox.sandbox.SandboxEntry.Box;
import com.creatordesk.shared.NotFoundException;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Reads the sandbox the way the outside world would see it, limited to one organization: only mail sent
 * by its team address, or sent to it, is visible — another organization's mail to the same creator is not.
 */
@Component
public class SandboxMessages {

    static final String SENT_FOLDER = "Sent";

    private final SandboxServer server;

    SandboxMessages(SandboxServer server) {
        this.server = server;
    }

    public record Page(List<SandboxAddress> addresses, String nextAfter) {
    }

    public record Message(SandboxEntry entry, String body) {
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    /** Addresses in alphabetical order, {@code limit} at a time after {@code after} (keyset paging). */
    public Page addresses(OrganizationId organization, String after, int limit) {
        String team = SandboxServer.teamAddress(organization);
        List<GreenMailUser> users = server.users().listUser().stream()
                .filter(user -> !normalize(user.getEmail()).equals(team))
                .filter(user -> after == null || normalize(user.getEmail()).compareTo(after) > 0)
                .sorted(Comparator.comparing(user -> normalize(user.getEmail())))
                .toList();
        List<SandboxAddress> page = new ArrayList<>();
        for (GreenMailUser user : users) {
            List<SandboxEntry> entries = entries(user, team);
            if (entries.isEmpty()) {
                continue;
            }
            if (page.size() == limit) {
                return new Page(page, page.get(limit - 1).address());
            }
            SandboxEntry latest = entries.get(0);
            page.add(new SandboxAddress(normalize(user.getEmail()), entries.size(), latest.date(), latest.subject()));
        }
        return new Page(page, null);
    }

    /** Everything the address exchanged with the team, newest first; 404 when that is nothing. */
    public List<SandboxEntry> conversation(OrganizationId organization, String address) {
        GreenMailUser user = address == null ? null : server.users().getUserByEmail(address);
        List<SandboxEntry> entries = user == null ? List.of() : entries(user, SandboxServer.teamAddress(organization));
        if (entries.isEmpty()) {
            throw new NotFoundException("Sandbox address");
        }
        return entries;
    }

    public Message message(OrganizationId organization, String address, Box box, long uid) {
        SandboxEntry entry = conversation(organization, address).stream()
                .filter(candidate -> candidate.box() == box && candidate.uid() == uid)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Sandbox message"));
        try {
            return new Message(entry, MessageBodies.text(folder(server.users().getUserByEmail(address), box)
                    .getMessage(uid).getMimeMessage()));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("an in-memory message can always be read", e);
        }
    }

    private List<SandboxEntry> entries(GreenMailUser user, String team) {
        List<SandboxEntry> entries = new ArrayList<>();
        for (Box box : Box.values()) {
            MailFolder folder = folder(user, box);
            if (folder == null) {
                continue;
            }
            for (StoredMessage stored : folder.getMessages()) {
                SandboxEntry entry = entry(user, box, stored);
                boolean ours = box == Box.RECEIVED ? entry.from().equals(team) : entry.to().contains(team);
                if (ours) {
                    entries.add(entry);
                }
            }
        }
        entries.sort(Comparator.comparing(SandboxEntry::date).reversed());
        return entries;
    }

    MailFolder folder(GreenMailUser user, Box box) {
        try {
            return box == Box.RECEIVED ? server.folders().getInbox(user) : server.folders().getFolder(user, SENT_FOLDER);
        } catch (FolderException e) {
            return null;
        }
    }

    private static SandboxEntry entry(GreenMailUser user, Box box, StoredMessage stored) {
        try {
            MimeMessage message = stored.getMimeMessage();
            Address[] from = message.getFrom();
            List<String> to = new ArrayList<>();
            for (Address recipient : orEmpty(message.getAllRecipients())) {
                to.add(email(recipient));
            }
            String[] references = message.getHeader("References");
            // when it reached this mailbox: millisecond precision, where a Date header only has seconds
            Instant date = stored.getReceivedDate().toInstant();
            return new SandboxEntry(normalize(user.getEmail()), box, stored.getUid(),
                    from == null || from.length == 0 ? "" : email(from[0]), to,
                    message.getSubject() == null ? "" : message.getSubject(), date, message.getMessageID(),
                    references == null ? List.of() : Arrays.asList(references[0].trim().split("\\s+")));
        } catch (MessagingException e) {
            throw new IllegalStateException("an in-memory message can always be read", e);
        }
    }

    private static Address[] orEmpty(Address[] addresses) {
        return addresses == null ? new Address[0] : addresses;
    }

    private static String email(Address address) {
        return address instanceof InternetAddress internet ? normalize(internet.getAddress()) : normalize(address.toString());
    }

    static String normalize(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
