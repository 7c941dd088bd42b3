package com.creatordesk.outreach.domain;

import com.creatordesk.campaigns.CampaignSummary;
import com.creatordesk.identity.CurrentMember;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The demo organization's live bulk send: chosen and sent through the wizard's own steps, so the outbox
 * really sends it — into the sandbox only, where the Sandbox page shows what each creator got and a member
 * can reply as them. Creators the earlier bulk send reached are Skipped as already contacted.
 */
@Component
class DemoBulkSend {

    private final BulkSendService bulkSends;
    private final BulkSendViews views;
    private final OutboxWorker worker;

    DemoBulkSend(BulkSendService bulkSends, BulkSendViews views, OutboxWorker worker) {
        this.bulkSends = bulkSends;
        this.views = views;
        this.worker = worker;
    }

    void send(CurrentMember owner, CampaignSummary campaign, List<RecipientProfile> creators, OutreachTemplate template,
            String linkBase) {
        BulkSend bulkSend = bulkSends.create(owner, campaign.id().value(), template.getId());
        bulkSends.chooseRecipients(bulkSend.getId(), Audience.selected(creators.stream().map(RecipientProfile::creatorId)
                .toList()), owner);
        if (views.preflight(bulkSend.getId()).get(RecipientState.RESOLVED) == 0) {
            return; // left Preparing, as a member would leave it
        }
        bulkSends.start(bulkSend.getId(), owner, linkBase);
        // the emails are queued when the demo's transaction commits; polling would find them too, a little later
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.wake(owner.organizationId());
                }
            });
        }
    }
}
