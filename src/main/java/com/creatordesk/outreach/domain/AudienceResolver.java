package com.creatordesk.outreach.domain;

import com.creatordesk.identity.MemberId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/** Finds the creators an {@link Audience} names, in the current organization, in a stable order. */
@Component
public class AudienceResolver {

    /** The creators found, how to describe the choice, and pasted handles that matched nobody. */
    public record Resolved(List<RecipientProfile> recipients, String description, List<String> unmatched) {
    }

    private final CreatorDirectory directory;

    AudienceResolver(CreatorDirectory directory) {
        this.directory = directory;
    }

    public Resolved resolve(Audience audience, MemberId viewer) {
        return switch (audience.source()) {
            case SELECTED -> found(directory.findAll(limited(audience.creatorIds(), "creatorIds")),
                    plural(audience.creatorIds().size(), "selected creator"));
            case TAG -> {
                require(!audience.tag().isEmpty(), "tag", "Enter a tag.");
                yield found(listed("tag=" + UriUtils.encodeQueryParam(audience.tag(), "UTF-8"), viewer, "tag"),
                        "Tag: " + audience.tag());
            }
            case FILTER -> {
                String query = queryString(audience.listQuery());
                require(!query.isEmpty(), "listQuery", "Paste the address of the Creators list, filtered as you want it.");
                yield found(listed(query, viewer, "listQuery"), "Creator Pool filter: " + query);
            }
            case HANDLES -> byHandles(audience);
        };
    }

    private Resolved byHandles(Audience audience) {
        List<String> handles = limited(audience.handleList(), "handles");
        require(!handles.isEmpty(), "handles", "Paste at least one handle.");
        Map<UUID, RecipientProfile> found = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        for (String handle : handles) {
            directory.findByHandle(handle).ifPresentOrElse(creator -> found.putIfAbsent(creator.creatorId(), creator),
                    () -> unmatched.add(handle));
        }
        return new Resolved(List.copyOf(found.values()), plural(handles.size(), "pasted handle"), unmatched);
    }

    private List<RecipientProfile> listed(String query, MemberId viewer, String field) {
        List<RecipientProfile> found = directory.listed(query, viewer, Audience.MAX_RECIPIENTS + 1);
        return limited(found, field);
    }

    private static Resolved found(List<RecipientProfile> recipients, String description) {
        require(!recipients.isEmpty(), null, "No creators match. Choose the recipients again.");
        return new Resolved(recipients, description, List.of());
    }

    /** {@code https://host/creators?tag=vip} or {@code ?tag=vip} or {@code tag=vip}: the part after '?'. */
    static String queryString(String pasted) {
        int question = pasted.indexOf('?');
        String query = question >= 0 ? pasted.substring(question + 1) : pasted.contains("=") ? pasted : "";
        int hash = query.indexOf('#');
        return (hash >= 0 ? query.substring(0, hash) : query).strip();
    }

    private static <T> List<T> limited(List<T> items, String field) {
        require(items.size() <= Audience.MAX_RECIPIENTS, field, "A bulk send goes to at most "
                + Audience.MAX_RECIPIENTS + " creators. Narrow the choice.");
        return items;
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new OutreachRuleViolation(field, message);
        }
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
