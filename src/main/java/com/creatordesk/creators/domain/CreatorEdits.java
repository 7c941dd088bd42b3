package com.creatordesk.creators.domain;

import com.creatordesk.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to one creator of the current organization, from the creator page. */
@Service
@Transactional
public class CreatorEdits {

    private final CreatorProfiles creators;
    private final CreatorPool pool;
    private final Clock clock;

    CreatorEdits(CreatorProfiles creators, CreatorPool pool, Clock clock) {
        this.creators = creators;
        this.pool = pool;
        this.clock = clock;
    }

    /** Saved explicitly (as are the handle changes below): a new name is announced when its creator is saved. */
    public void updateProfile(UUID id, Profile profile) {
        Creator creator = creator(id);
        creator.updateProfile(ProfileRules.check(profile, false), clock.instant());
        creators.save(creator);
    }

    public void addHandle(UUID id, HandleDetails details) {
        Creator creator = creator(id);
        creator.addHandle(pool.checkHandle("handle", details, id));
        creators.save(creator);
    }

    public void changeHandle(UUID id, UUID handleId, HandleDetails details) {
        Creator creator = creator(id);
        creator.changeHandle(handleId, pool.checkHandle("handle", details, id));
        creators.save(creator);
    }

    public void removeHandle(UUID id, UUID handleId) {
        Creator creator = creator(id);
        creator.removeHandle(handleId);
        creators.save(creator);
    }

    public void addEmail(UUID id, String address, boolean primary) {
        Creator creator = creator(id);
        creator.addEmail(pool.checkEmail("address", address, id), primary);
    }

    public void makePrimary(UUID id, UUID emailId) {
        creator(id).makePrimary(emailId);
    }

    public void removeEmail(UUID id, UUID emailId) {
        creator(id).removeEmail(emailId);
    }

    public void replaceTags(UUID id, List<String> tags) {
        creator(id).replaceTags(tags, clock.instant());
    }

    public void changeNotes(UUID id, String notes) {
        creator(id).changeNotes(notes, clock.instant());
    }

    /** Idempotent: tracking an already tracked creator changes nothing. */
    public void startTracking(UUID id, String reason) {
        if (reason != null && reason.strip().length() > 200) {
            throw new CreatorRuleViolation("reason", "Use at most 200 characters.");
        }
        creator(id).startTracking(reason, clock.instant());
    }

    public void stopTracking(UUID id) {
        creator(id).stopTracking(clock.instant());
    }

    private Creator creator(UUID id) {
        return creators.findById(id).orElseThrow(() -> new NotFoundException("Creator"));
    }
}
