package com.creatordesk.campaigns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creatordesk.campaigns.CampaignStatus;
import com.creatordesk.campaigns.events.CampaignCancelled;
import com.creatordesk.campaigns.events.CampaignRenamed;
import com.creatordesk.identity.MemberId;
import com.creatordesk.identity.OrganizationId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.AggregateTestUtils;

class CampaignTests {

    static final OrganizationId ORGANIZATION = new OrganizationId(UUID.randomUUID());
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aNewCampaignStartsAsDraftOrActive() {
        assertThat(campaign(CampaignStatus.DRAFT).getStatus()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(campaign(CampaignStatus.ACTIVE).getStatus()).isEqualTo(CampaignStatus.ACTIVE);
        assertThatThrownBy(() -> campaign(CampaignStatus.PAUSED)).isInstanceOf(CampaignRuleViolation.class);
    }

    @Test
    void theStatusMovesOnlyAlongTheLifecycle() {
        Campaign campaign = campaign(CampaignStatus.DRAFT);
        assertThatThrownBy(() -> campaign.changeStatus(CampaignStatus.PAUSED, NOW))
                .hasMessage("A Draft campaign can't be changed to Paused.");
        campaign.changeStatus(CampaignStatus.ACTIVE, NOW);
        campaign.changeStatus(CampaignStatus.PAUSED, NOW);
        campaign.changeStatus(CampaignStatus.PAUSED, NOW);
        campaign.changeStatus(CampaignStatus.COMPLETED, NOW);
        assertThatThrownBy(() -> campaign.changeStatus(CampaignStatus.DRAFT, NOW)).isInstanceOf(CampaignRuleViolation.class);
        campaign.changeStatus(CampaignStatus.ACTIVE, NOW);
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(AggregateTestUtils.eventsOf(campaign).ofType(CampaignCancelled.class)).isEmpty();
    }

    @Test
    void cancellingRegistersCampaignCancelledOnceAndIsFinal() {
        Campaign campaign = campaign(CampaignStatus.ACTIVE);
        campaign.cancel(NOW);
        campaign.cancel(NOW.plusSeconds(60));
        campaign.changeStatus(CampaignStatus.CANCELLED, NOW.plusSeconds(120));

        assertThat(AggregateTestUtils.eventsOf(campaign).ofType(CampaignCancelled.class))
                .containsExactly(new CampaignCancelled(ORGANIZATION, campaign.campaignId()));
        assertThat(campaign.getCancelledAt()).isEqualTo(NOW);
        assertThat(CampaignStatus.CANCELLED.next()).isEmpty();
        assertThatThrownBy(() -> campaign.changeStatus(CampaignStatus.ACTIVE, NOW)).isInstanceOf(CampaignRuleViolation.class);
    }

    @Test
    void aNewNameIsAnnouncedButNotTheFirstNorOtherEdits() {
        Campaign campaign = campaign(CampaignStatus.ACTIVE);
        campaign.edit(new CampaignDetails("Spring", "A new description", null, null, null, "EUR", List.of()), NOW);
        campaign.edit(new CampaignDetails("Spring Launch", null, null, null, null, "EUR", List.of()), NOW);
        assertThatThrownBy(() -> campaign.edit(new CampaignDetails(" ", null, null, null, null, "EUR", List.of()), NOW))
                .isInstanceOf(CampaignRuleViolation.class);

        assertThat(AggregateTestUtils.eventsOf(campaign).ofType(CampaignRenamed.class))
                .containsExactly(new CampaignRenamed(ORGANIZATION, campaign.campaignId(), "Spring Launch"));
    }

    @Test
    void invalidDetailsAreRefusedByTheAggregateToo() {
        Campaign campaign = campaign(CampaignStatus.DRAFT);
        CampaignDetails backwards = new CampaignDetails("Name", null, LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1),
                null, "USD", List.of());
        assertThatThrownBy(() -> campaign.edit(backwards, NOW))
                .isInstanceOfSatisfying(CampaignRuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("endDate"));
        assertThat(campaign.getName()).isEqualTo("Spring");
    }

    @Test
    void detailsListEveryProblem() {
        CampaignDetails details = new CampaignDetails(" ", "x".repeat(2001), LocalDate.of(2026, 5, 2),
                LocalDate.of(2026, 5, 1), new BigDecimal("-1"), "usd", List.of("#" + "a".repeat(60)));
        assertThat(details.problems()).containsOnlyKeys("name", "description", "endDate", "budget", "keywords");
        assertThat(details.currency()).isEqualTo("USD");
        assertThat(new CampaignDetails("A", null, null, null, null, "", List.of()).currency()).isEqualTo("USD");
        assertThat(new CampaignDetails("A", null, null, null, null, "XXY", List.of()).problems()).containsOnlyKeys("currency");
    }

    private static Campaign campaign(CampaignStatus status) {
        return new Campaign(ORGANIZATION, new CampaignDetails("Spring", null, null, null, null, "USD", List.of()),
                status, new MemberId(UUID.randomUUID()), NOW);
    }
}
