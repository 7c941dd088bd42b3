package com.creatordesk.campaigns;

import com.creatordesk.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A campaign as other modules see it. Dates and the budget amount may be empty (a draft is often not
 * scheduled or budgeted yet); the currency is always set (USD unless chosen).
 */
public record CampaignSummary(CampaignId id, String name, CampaignStatus status, LocalDate startDate,
        LocalDate endDate, BigDecimal budget, String currency) {

    public Optional<Money> budgetMoney() {
        return Optional.ofNullable(budget).map(amount -> new Money(amount, currency));
    }

    public boolean isActive() {
        return status == CampaignStatus.ACTIVE;
    }
}
