package com.creatordesk.campaigns.web;

import com.creatordesk.campaigns.CampaignStatus;
import com.creatordesk.campaigns.domain.AttributionKeywords;
import com.creatordesk.campaigns.domain.Campaign;
import com.creatordesk.campaigns.domain.CampaignDetails;
import com.creatordesk.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.validation.Errors;

/**
 * The New Campaign and Edit Campaign forms, as typed: every field is text, so whatever was entered can be
 * shown again next to its message. {@code status} is only asked for a new campaign.
 */
record CampaignForm(String name, String description, String status, String startDate, String endDate,
        String budget, String currency, String keywords) {

    private static final String AMOUNT = "\\d+(\\.\\d+)?|\\d{1,3}(,\\d{3})+(\\.\\d+)?";

    static CampaignForm empty() {
        return new CampaignForm("", "", CampaignStatus.DRAFT.name(), "", "", "", Money.DEFAULT_CURRENCY, "");
    }

    static CampaignForm of(Campaign campaign) {
        CampaignDetails details = campaign.details();
        return new CampaignForm(details.name(), details.description(), campaign.getStatus().name(),
                text(details.startDate()), text(details.endDate()),
                details.budget() == null ? "" : details.budget().toPlainString(), details.currency(),
                AttributionKeywords.format(details.keywords()));
    }

    /** The details entered; every problem is recorded in {@code errors} against its field. */
    CampaignDetails toDetails(Errors errors) {
        CampaignDetails details = new CampaignDetails(name, description, date("startDate", startDate, errors),
                date("endDate", endDate, errors), amount(errors), currency, AttributionKeywords.parse(keywords));
        details.problems().forEach((field, message) -> {
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "invalid", message);
            }
        });
        return details;
    }

    CampaignStatus initialStatus(Errors errors) {
        if (CampaignStatus.ACTIVE.name().equals(status)) {
            return CampaignStatus.ACTIVE;
        }
        if (status != null && !status.isBlank() && !CampaignStatus.DRAFT.name().equals(status)) {
            errors.rejectValue("status", "invalid", "A new campaign starts as Draft or Active.");
        }
        return CampaignStatus.DRAFT;
    }

    private static LocalDate date(String field, String text, Errors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "invalid", "Enter a date like 2026-06-30.");
            return null;
        }
    }

    private BigDecimal amount(Errors errors) {
        if (budget == null || budget.isBlank()) {
            return null;
        }
        String text = budget.strip();
        String unsigned = text.startsWith("-") ? text.substring(1) : text;
        if (!unsigned.matches(AMOUNT)) {
            errors.rejectValue("budget", "invalid", "Enter an amount like 2500 or 2500.50.");
            return null;
        }
        return new BigDecimal(text.replace(",", ""));
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
