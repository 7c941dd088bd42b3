package com.creatordesk.creators;

import com.creatordesk.creators.domain.Creator;
import com.creatordesk.creators.domain.CreatorEdits;
import com.creatordesk.creators.domain.CreatorEmail;
import com.creatordesk.creators.domain.CreatorEmails;
import com.creatordesk.creators.domain.CreatorFilter;
import com.creatordesk.creators.domain.CreatorPool;
import com.creatordesk.creators.domain.CreatorProfiles;
import com.creatordesk.creators.domain.CreatorRow;
import com.creatordesk.creators.domain.CreatorRuleViolation;
import com.creatordesk.creators.domain.CreatorSearch;
import com.creatordesk.creators.domain.CreatorPage;
import com.creatordesk.creators.domain.CurrentOrganization;
import com.creatordesk.creators.domain.EmailAddresses;
import com.creatordesk.creators.domain.PageCursor;
import com.creatordesk.identity.MemberId;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The creators module's facade: look-ups in the current organization's Creator Pool, Quick Add and Creator
 * Tracking. Works in a signed-in request and in background work bound with {@code Tenancy}; an id of
 * another organization is treated like an id that does not exist.
 */
@Service
public class Creators {

    public static final int MAX_SEARCH = 50;

    private final CreatorPool pool;
    private final CreatorProfiles creators;
    private final CreatorEmails emails;
    private final CreatorEdits edits;
    private final CreatorSearch search;
    private final CurrentOrganization organization;

    Creators(CreatorPool pool, CreatorProfiles creators, CreatorEmails emails, CreatorEdits edits, CreatorSearch search,
            CurrentOrganization organization) {
        this.pool = pool;
        this.creators = creators;
        this.emails = emails;
        this.edits = edits;
        this.search = search;
        this.organization = organization;
    }

    @Transactional(readOnly = true)
    public Optional<CreatorSummary> find(CreatorId id) {
        return creators.findById(id.value()).map(Creator::summary);
    }

    /** The creators among {@code ids} that exist in the organization; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<CreatorId, CreatorSummary> findAll(Collection<CreatorId> ids) {
        List<UUID> values = ids.stream().map(CreatorId::value).distinct().toList();
        if (values.isEmpty()) {
            return Map.of();
        }
        return creators.findAllWithHandles(values).stream().map(Creator::summary)
                .collect(Collectors.toMap(CreatorSummary::id, Function.identity()));
    }

    /** Every email address on file for the creator, the primary first; empty for a creator not in the organization. */
    @Transactional(readOnly = true)
    public Optional<List<String>> emailAddresses(CreatorId id) {
        return creators.findById(id.value()).map(creator -> creator.getEmails().stream()
                .sorted(Comparator.comparing((CreatorEmail email) -> !email.isPrimary()))
                .map(CreatorEmail::getAddress).toList());
    }

    /** The creator one of whose email addresses is exactly {@code address}, ignoring case. */
    @Transactional(readOnly = true)
    public Optional<CreatorSummary> findByEmail(String address) {
        String normalized = EmailAddresses.normalize(address);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        return emails.find(normalized).map(email -> email.getCreator().summary());
    }

    /** Creators whose name, handles or emails contain every word of {@code query}, by name; for pickers. */
    @Transactional(readOnly = true)
    public List<CreatorSummary> search(String query, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_SEARCH));
        return search.page(organization.id(), null, CreatorFilter.search(query), null, size).rows().stream()
                .map(Creators::summary).toList();
    }

    /**
     * The creators the Creators list shows for {@code listQuery} — its query string, such as
     * {@code platform=TIKTOK&tag=vip} — in the list's order, at most {@code limit} (the page position in it is
     * ignored). {@code viewer} is the member whose favourites "Favourites only" means. For outreach's bulk
     * send to "the current Creator Pool filter".
     */
    @Transactional(readOnly = true)
    public List<CreatorId> listed(String listQuery, MemberId viewer, int limit) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : (listQuery == null ? "" : listQuery).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.putIfAbsent(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        CreatorFilter filter = CreatorFilter.fromListParameters(parameters::get);
        List<CreatorId> ids = new ArrayList<>();
        PageCursor cursor = null;
        do {
            CreatorPage page = search.page(organization.id(), viewer.value(), filter, cursor, Math.min(500, limit - ids.size()));
            page.rows().forEach(row -> ids.add(new CreatorId(row.id())));
            cursor = page.next();
        } while (cursor != null && ids.size() < limit);
        return ids;
    }

    /**
     * Adds a creator from a platform handle and, optionally, an email address, and enriches their profile
     * from the public profile page in the background.
     *
     * <p>When the handle (or else the email address) already belongs to a creator of the organization,
     * nothing is created and <strong>that existing creator is returned</strong>, so callers matching an
     * unmatched email can always link the answer.
     *
     * @throws IllegalArgumentException when the handle or email address is not valid (the message says why)
     */
    @Transactional
    public CreatorSummary quickAdd(Platform platform, String handle, String email) {
        if (platform == null) {
            throw new IllegalArgumentException("Choose a platform.");
        }
        Optional<Creator> existing = pool.findOwner(platform, handle, email);
        if (existing.isPresent()) {
            return existing.get().summary();
        }
        try {
            return pool.quickAdd(platform, handle, email).summary();
        } catch (CreatorRuleViolation violation) {
            throw new IllegalArgumentException(violation.getMessage(), violation);
        }
    }

    /**
     * Adds the creator to Creator Tracking with the reason given. Idempotent: a creator already tracked
     * keeps the date and reason they were first tracked with.
     *
     * @throws com.creatordesk.shared.NotFoundException when the creator is not in the organization
     */
    @Transactional
    public void startTracking(CreatorId id, String reason) {
        String shortened = reason == null || reason.length() <= 200 ? reason : reason.substring(0, 200);
        edits.startTracking(id.value(), shortened);
    }

    private static CreatorSummary summary(CreatorRow row) {
        return new CreatorSummary(new CreatorId(row.id()), row.displayName(), row.primaryEmail(), row.avatarUrl(),
                row.handles(), row.trackedSince() != null);
    }
}
