package com.creatordesk.creators.domain;

import com.creatordesk.creators.Platform;
import com.creatordesk.creators.domain.ProfileEnricher.EnrichmentFailure;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.shared.NotFoundException;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enrichment of creators added from a handle: requested in the transaction that adds the creator, run after
 * it commits (the page fetch holds no transaction), recorded as DONE or FAILED with the reason, retried on
 * request, and picked up again by {@link EnrichmentScheduler} when a run was lost.
 */
@Service
public class EnrichmentJobs {

    private static final Logger log = LoggerFactory.getLogger(EnrichmentJobs.class);

    private final Enrichments enrichments;
    private final CreatorProfiles creators;
    private final ProfileEnricher enricher;
    private final ProfileUrls profileUrls;
    private final Background background;
    private final CurrentOrganization organizations;
    private final TransactionTemplate transactions;
    private final EnrichmentSettings settings;
    private final Clock clock;

    EnrichmentJobs(Enrichments enrichments, CreatorProfiles creators, ProfileEnricher enricher, ProfileUrls profileUrls,
            Background background, CurrentOrganization organizations, TransactionTemplate transactions,
            EnrichmentSettings settings, Clock clock) {
        this.enrichments = enrichments;
        this.creators = creators;
        this.enricher = enricher;
        this.profileUrls = profileUrls;
        this.background = background;
        this.organizations = organizations;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** In the caller's transaction: enrich the creator from their first handle, once it commits. */
    public void request(Creator creator) {
        CreatorHandle handle = creator.getHandles().get(0);
        if (handle.getPlatform() == Platform.OTHER) {
            return;
        }
        Enrichment enrichment = enrichments.findById(creator.getId())
                .orElseGet(() -> new Enrichment(creator.getId(), handle.getPlatform(), handle.getHandle(), clock.instant()));
        enrichment.requestAgain(clock.instant());
        enrichments.save(enrichment);
        runAfterCommit(creator.getId());
    }

    /** Retry after a failure; an enrichment still on its way is left alone. */
    @Transactional
    public Enrichment retry(UUID creatorId) {
        Enrichment enrichment = enrichments.lockById(creatorId).orElseThrow(() -> new NotFoundException("Enrichment"));
        if (enrichment.requestAgain(clock.instant())) {
            runAfterCommit(creatorId);
        }
        return enrichment;
    }

    @Transactional(readOnly = true)
    public Optional<Enrichment> find(UUID creatorId) {
        return enrichments.findById(creatorId);
    }

    private void runAfterCommit(UUID creatorId) {
        OrganizationId organization = organizations.get();
        background.afterCommit(() -> run(organization, creatorId));
    }

    /** Claims, fetches and records one enrichment; a job someone else already runs is left alone. */
    public void run(OrganizationId organization, UUID creatorId) {
        Tenancy.runAs(organization, () -> {
            Enrichment claimed = transactions.execute(status -> enrichments.lockById(creatorId)
                    .filter(enrichment -> enrichment.start(clock.instant(), settings.stuckAfter()))
                    .orElse(null));
            if (claimed == null) {
                return;
            }
            ProfileSnapshot snapshot = null;
            String failure = null;
            try {
                snapshot = enricher.read(claimed.getPlatform(), claimed.getHandle(), profileUrl(claimed));
            } catch (EnrichmentFailure e) {
                failure = e.getMessage();
            } catch (RuntimeException e) {
                log.warn("Enrichment of creator {} failed unexpectedly", creatorId, e);
                failure = "The profile page could not be read.";
            }
            record(creatorId, snapshot, failure);
        });
    }

    private URI profileUrl(Enrichment enrichment) {
        return URI.create(profileUrls.of(enrichment.getPlatform(), enrichment.getHandle())
                .orElseThrow(() -> new EnrichmentFailure("There is no public profile page to read for this platform.")));
    }

    private void record(UUID creatorId, ProfileSnapshot snapshot, String failure) {
        transactions.executeWithoutResult(status -> enrichments.lockById(creatorId).ifPresent(enrichment -> {
            if (failure != null) {
                enrichment.fail(failure, clock.instant());
                return;
            }
            creators.findById(creatorId).ifPresent(creator -> {
                creator.enrich(snapshot, enrichment.getPlatform(), enrichment.getHandle(), clock.instant());
                creators.save(creator); // announces the name found to the modules that keep a copy
            });
            enrichment.succeed(clock.instant());
        }));
    }
}
