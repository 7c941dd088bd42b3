package com.creatordesk.campaigns.domain;

import com.creatordesk.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a team member enters about a campaign. The rules live in {@link #problems}, keyed by the field they
 * belong to, so a form can show every problem at once and the aggregate can refuse what breaks them.
 */
public record CampaignDetails(String name, String description, LocalDate startDate, LocalDate endDate,
        BigDecimal budget, String currency, List<String> keywords) {

    public static final int MAX_NAME = 120;
    public static final int MAX_DESCRIPTION = 2000;
    /** numeric(14,2): twelve digits before the decimal point. */
    static final BigDecimal MAX_BUDGET = new BigDecimal("999999999999.99");

    public CampaignDetails {
        name = name == null ? "" : name.strip();
        description = description == null || description.isBlank() ? null : description.strip();
        currency = currency == null || currency.isBlank() ? Money.DEFAULT_CURRENCY : currency.strip().toUpperCase(java.util.Locale.ROOT);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** Every rule these details break, as field name to message; empty when they are fine. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name.isEmpty()) {
            problems.put("name", "Enter a name for the campaign.");
        } else if (name.length() > MAX_NAME) {
            problems.put("name", "Use at most " + MAX_NAME + " characters.");
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            problems.put("description", "Use at most " + MAX_DESCRIPTION + " characters.");
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            problems.put("endDate", "The end date can't be before the start date.");
        }
        if (budget != null) {
            if (budget.signum() < 0) {
                problems.put("budget", "The budget can't be negative.");
            } else if (budget.stripTrailingZeros().scale() > 2) {
                problems.put("budget", "Use at most two decimal places.");
            } else if (budget.compareTo(MAX_BUDGET) > 0) {
                problems.put("budget", "That budget is too large.");
            }
        }
        if (!Money.isCurrencyCode(currency)) {
            problems.put("currency", "Enter a three-letter ISO 4217 currency code, such as USD, EUR or GBP.");
        }
        String keywordProblem = AttributionKeywords.problem(keywords);
        if (keywordProblem != null) {
            problems.put("keywords", keywordProblem);
        }
        return problems;
    }

    /** Throws the first problem, for callers that did not check {@link #problems} themselves. */
    void requireValid() {
        problems().entrySet().stream().findFirst().ifPresent(problem -> {
            throw new CampaignRuleViolation(problem.getKey(), problem.getValue());
        });
    }
}
