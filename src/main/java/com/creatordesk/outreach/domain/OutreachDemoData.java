package com.creatordesk.outreach.domain;

import com.creatordesk.campaigns.CampaignSummary;
import com.creatordesk.campaigns.Campaigns;
import com.creatordesk.identity.CurrentMember;
import com.creatordesk.identity.MemberSummary;
import com.creatordesk.identity.Members;
import com.creatordesk.identity.events.DemoOrganizationCreated;
import com.creatordesk.mailbox.Mailboxes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sample outreach for the demo organization: four templates, two drafts, the record of a bulk send finished two
 * days ago (Sent, Bounced, Failed; Invalid and Skipped in its preflight; nothing is sent for it) and a bulk send
 * that really goes out now, into the sandbox. Campaigns and creators are seeded from the same event on other
 * threads, so this waits for them a while; a second delivery finds the templates and does nothing.
 */
@Component
class OutreachDemoData {

    private static final Logger log = LoggerFactory.getLogger(OutreachDemoData.class);
    static final Duration PATIENCE = Duration.ofSeconds(90);
    /** Creators used: two drafts, the finished bulk send's up to this index, the live one's from two before it. */
    static final int POOL = 14;
    static final int FINISHED_UNTIL = 9;

    private final OutreachTemplates templates;
    private final DemoSamples samples;
    private final DemoBulkSend live;
    private final Mailboxes mailboxes;
    private final Campaigns campaigns;
    private final CreatorDirectory creators;
    private final Members members;
    private final Clock clock;
    private final String linkBase;

    OutreachDemoData(OutreachTemplates templates, DemoSamples samples, DemoBulkSend live, Mailboxes mailboxes,
            Campaigns campaigns, CreatorDirectory creators, Members members, Clock clock,
            @Value("${creatordesk.base-url}") String baseUrl) {
        this.templates = templates;
        this.samples = samples;
        this.live = live;
        this.mailboxes = mailboxes;
        this.campaigns = campaigns;
        this.creators = creators;
        this.members = members;
        this.clock = clock;
        this.linkBase = baseUrl.isBlank() ? "http://localhost:8080" : baseUrl;
    }

    @ApplicationModuleListener(id = "outreach-demo-data")
    void on(DemoOrganizationCreated event) throws InterruptedException {
        if (templates.count() > 0) {
            return;
        }
        MemberSummary owner = members.find(event.owner()).orElseThrow();
        CurrentMember sender = new CurrentMember(owner.id(), event.organizationId(), owner.name(), owner.email(), owner.role());
        List<OutreachTemplate> seeded = samples.templates(sender);
        Instant giveUp = Instant.now().plus(PATIENCE);
        List<CampaignSummary> active = campaigns.active();
        List<RecipientProfile> pool = creators.search("", POOL);
        while ((active.isEmpty() || pool.size() < 5) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(1_000);
            active = campaigns.active();
            pool = creators.search("", POOL);
        }
        if (active.isEmpty() || pool.isEmpty()) {
            log.info("Demo outreach: templates only (no Active campaign or no creators appeared in time).");
            return;
        }
        samples.drafts(sender, active.get(0), pool.subList(0, Math.min(2, pool.size())), seeded);
        if (pool.size() > 2) {
            samples.finishedBulkSend(sender, active.get(0), pool.subList(2, Math.min(FINISHED_UNTIL, pool.size())),
                    seeded.get(0), linkBase, clock.instant().minus(Duration.ofDays(2)));
        }
        // sent for real, so never through a mailbox of the demo's own: that would reach the internet
        if (pool.size() > FINISHED_UNTIL && mailboxes.status(event.organizationId()).isSandbox()) {
            live.send(sender, active.get(0), pool.subList(FINISHED_UNTIL - 2, pool.size()), seeded.get(1), linkBase);
        }
    }
}
