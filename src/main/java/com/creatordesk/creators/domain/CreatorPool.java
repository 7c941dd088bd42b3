package com.creatordesk.creators.domain;

import com.creatordesk.creators.Platform;
import com.creatordesk.shared.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding creators to the current organization's pool, with its rules: at least one handle, and a platform
 * + handle or an email address belongs to at most one creator (compared ignoring case).
 */
@Service
public class CreatorPool {

    private final CreatorProfiles creators;
    private final CreatorHandles handles;
    private final CreatorEmails emails;
    private final ProfileUrls profileUrls;
    private final EnrichmentJobs enrichment;
    private final Clock clock;

    CreatorPool(CreatorProfiles creators, CreatorHandles handles, CreatorEmails emails, ProfileUrls profileUrls,
            EnrichmentJobs enrichment, Clock clock) {
        this.creators = creators;
        this.handles = handles;
        this.emails = emails;
        this.profileUrls = profileUrls;
        this.enrichment = enrichment;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Creator get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("Creator"));
    }

    /** The creator with its handles and emails loaded, for a page that shows them after the transaction. */
    @Transactional(readOnly = true)
    public Creator load(UUID id) {
        Creator creator = get(id);
        creator.getHandles();
        creator.getEmails();
        return creator;
    }

    @Transactional(readOnly = true)
    public Optional<Creator> find(UUID id) {
        return creators.findById(id);
    }

    @Transactional
    public Creator create(NewCreator draft) {
        Creator creator = build(draft);
        return creators.save(creator);
    }

    /** Adds a creator from a platform handle (and maybe an email), then enriches it in the background. */
    @Transactional
    public Creator quickAdd(Platform platform, String handle, String email) {
        Creator creator = create(NewCreator.quick(HandleDetails.of(platform, handle), email));
        enrichment.request(creator);
        return creator;
    }

    /** The creator the handle belongs to, or else the one the email address belongs to. */
    @Transactional(readOnly = true)
    public Optional<Creator> findOwner(Platform platform, String handle, String email) {
        Optional<Creator> byHandle = handles.find(platform, Handles.normalize(handle)).map(CreatorHandle::getCreator);
        if (byHandle.isPresent() || email == null || email.isBlank()) {
            return byHandle;
        }
        return emails.find(EmailAddresses.normalize(email)).map(CreatorEmail::getCreator);
    }

    /** Checks a draft against the rules and the pool, and builds the creator without saving it. */
    public Creator build(NewCreator draft) {
        return build(draft, true);
    }

    /**
     * Builds a creator from a draft that keeps the rules. {@code checkPool}: false when the caller has already
     * found who owns the draft's handles and emails (an import looks a whole batch up at once).
     */
    public Creator build(NewCreator draft, boolean checkPool) {
        Profile profile = ProfileRules.check(draft.profile(), true);
        List<HandleDetails> checkedHandles = checkHandles(draft.handles(), checkPool);
        List<String> addresses = checkEmails(draft.emails(), checkPool);
        Creator creator = profile.displayName().isEmpty()
                ? Creator.fromHandle(checkedHandles.get(0), clock.instant())
                : new Creator(profile.displayName(), clock.instant());
        if (!profile.displayName().isEmpty()) {
            checkedHandles.forEach(creator::addHandle);
        } else {
            checkedHandles.stream().skip(1).forEach(creator::addHandle);
        }
        creator.updateProfile(new Profile(creator.getDisplayName(), profile.country(), profile.language(),
                profile.avatarUrl(), profile.bio()), clock.instant());
        addresses.forEach(address -> creator.addEmail(address, false));
        creator.replaceTags(draft.tags(), clock.instant());
        creator.changeNotes(draft.notes(), clock.instant());
        return creator;
    }

    /** Normalizes a handle, checks its shape and that no other creator has it; gives it its profile link. */
    public HandleDetails checkHandle(String field, HandleDetails entered, UUID self) {
        HandleDetails details = normalize(field, entered);
        requireFree(field, details, self);
        return details;
    }

    /** Normalizes a handle and checks its shape and figures; gives it its profile link when it has none. */
    public HandleDetails normalize(String field, HandleDetails entered) {
        String handle = Handles.normalize(entered.handle());
        Handles.problem(entered.platform(), handle).ifPresent(problem -> {
            throw new CreatorRuleViolation(field, problem);
        });
        HandleDetails details = new HandleDetails(entered.platform(), handle, Creator.blankToNull(entered.profileUrl()),
                entered.followers(), entered.engagementRate());
        ProfileRules.checkFigures(field + ".", details);
        return details.profileUrl() != null ? details
                : details.withProfileUrl(profileUrls.of(details.platform(), handle).orElse(null));
    }

    private void requireFree(String field, HandleDetails details, UUID self) {
        handles.find(details.platform(), details.handle())
                .filter(existing -> !existing.getCreator().getId().equals(self))
                .ifPresent(existing -> {
                    throw new CreatorClash(field, details.platform().label() + " handle @" + existing.getHandle(),
                            existing.getCreator().getId(), existing.getCreator().getDisplayName());
                });
    }

    public String checkEmail(String field, String entered, UUID self) {
        String address = normalizeEmail(field, entered);
        requireFreeEmail(field, address, self);
        return address;
    }

    public static String normalizeEmail(String field, String entered) {
        String address = EmailAddresses.normalize(entered);
        EmailAddresses.problem(address).ifPresent(problem -> {
            throw new CreatorRuleViolation(field, problem);
        });
        return address;
    }

    private void requireFreeEmail(String field, String address, UUID self) {
        emails.find(address)
                .filter(existing -> !existing.getCreator().getId().equals(self))
                .ifPresent(existing -> {
                    throw new CreatorClash(field, "The email address " + address,
                            existing.getCreator().getId(), existing.getCreator().getDisplayName());
                });
    }

    private List<HandleDetails> checkHandles(List<HandleDetails> entered, boolean checkPool) {
        if (entered.isEmpty()) {
            throw new CreatorRuleViolation("handles[0]", "Add at least one platform handle.");
        }
        List<HandleDetails> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entered.size(); i++) {
            String field = "handles[" + i + "]";
            HandleDetails details = checkPool ? checkHandle(field, entered.get(i), null) : normalize(field, entered.get(i));
            if (!seen.add(details.platform() + ":" + details.handle().toLowerCase(Locale.ROOT))) {
                throw new CreatorRuleViolation("handles[" + i + "]", "This handle is listed twice.");
            }
            checked.add(details);
        }
        return checked;
    }

    private List<String> checkEmails(List<String> entered, boolean checkPool) {
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < entered.size(); i++) {
            String field = "emails[" + i + "]";
            String address = checkPool ? checkEmail(field, entered.get(i), null) : normalizeEmail(field, entered.get(i));
            if (checked.contains(address)) {
                throw new CreatorRuleViolation("emails[" + i + "]", "This email address is listed twice.");
            }
            checked.add(address);
        }
        return checked;
    }
}
