package com.creatordesk.campaigns;

import com.creatordesk.campaigns.domain.BrandCampaigns;
import com.creatordesk.campaigns.domain.Campaign;
import com.creatordesk.identity.Tenancy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaigns module's facade: campaign look-ups for other modules. Every answer is scoped to the
 * current organization (the signed-in member's, or the one a listener or job runs as): another
 * organization's campaign is not found, exactly like one that does not exist.
 */
@Service
public class Campaigns {

    private final BrandCampaigns campaigns;
    private final JdbcTemplate jdbc;
    @PersistenceContext
    private EntityManager entityManager;

    Campaigns(BrandCampaigns campaigns, JdbcTemplate jdbc) {
        this.campaigns = campaigns;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<CampaignSummary> find(CampaignId id) {
        return campaigns.findById(id.value()).map(Campaigns::summary);
    }

    @Transactional(readOnly = true)
    public boolean exists(CampaignId id) {
        return campaigns.existsById(id.value());
    }

    /** The organization's Active campaigns by name: the only ones offered when creating a collaboration. */
    @Transactional(readOnly = true)
    public List<CampaignSummary> active() {
        return campaigns.findActive().stream().map(Campaigns::summary).toList();
    }

    /**
     * The campaigns among {@code ids} that exist in the organization; the others are simply absent. Lists call
     * it for every page they show, so it is one plain SQL statement (scoped by hand to the organization the
     * transaction's JPA queries see) instead of loading entities through a query Hibernate re-plans per list size.
     */
    @Transactional(readOnly = true)
    public Map<CampaignId, CampaignSummary> findAll(Collection<CampaignId> ids) {
        UUID[] values = ids.stream().map(CampaignId::value).distinct().toArray(UUID[]::new);
        if (values.length == 0) {
            return Map.of();
        }
        UUID organization = (UUID) entityManager.unwrap(Session.class).getTenantIdentifierValue();
        String sql = "select id, name, status, start_date, end_date, budget_amount, budget_currency from campaigns where id = any(?)";
        List<CampaignSummary> found = Tenancy.seesEveryOrganization(organization)
                ? jdbc.query(sql, Campaigns::row, (Object) values)
                : jdbc.query(sql + " and organization_id = ?", Campaigns::row, values, organization);
        return found.stream().collect(Collectors.toMap(CampaignSummary::id, Function.identity()));
    }

    /** The keywords and hashtags that attribute a creator's post to the campaign (lower case). */
    @Transactional(readOnly = true)
    public List<String> attributionKeywords(CampaignId id) {
        return campaigns.findById(id.value()).map(Campaign::getAttributionKeywords).orElse(List.of());
    }

    private static CampaignSummary row(ResultSet row, int number) throws SQLException {
        return new CampaignSummary(new CampaignId(row.getObject("id", UUID.class)), row.getString("name"),
                CampaignStatus.valueOf(row.getString("status")), row.getObject("start_date", java.time.LocalDate.class),
                row.getObject("end_date", java.time.LocalDate.class), row.getBigDecimal("budget_amount"), row.getString("budget_currency"));
    }

    private static CampaignSummary summary(Campaign campaign) {
        return new CampaignSummary(campaign.campaignId(), campaign.getName(), campaign.getStatus(),
                campaign.getStartDate(), campaign.getEndDate(), campaign.getBudgetAmount(), campaign.getBudgetCurrency());
    }
}
