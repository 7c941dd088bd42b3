package com.creatordesk.campaigns.web;

import com.creatordesk.campaigns.domain.CampaignOrder;
import java.util.Arrays;

/** The campaign list's Sort by choices, each a stable URL value. */
enum CampaignSortOption {
    NEWEST("newest", "Newest first", CampaignOrder.CREATED, true),
    OLDEST("oldest", "Oldest first", CampaignOrder.CREATED, false),
    NAME("name", "Name (A–Z)", CampaignOrder.NAME, false),
    NAME_DESC("name-desc", "Name (Z–A)", CampaignOrder.NAME, true),
    START("start", "Start date (earliest first)", CampaignOrder.START_DATE, false),
    START_DESC("start-desc", "Start date (latest first)", CampaignOrder.START_DATE, true),
    STATUS("status", "Status", CampaignOrder.STATUS, false);

    private final String value;
    private final String label;
    private final CampaignOrder order;
    private final boolean descending;

    CampaignSortOption(String value, String label, CampaignOrder order, boolean descending) {
        this.value = value;
        this.label = label;
        this.order = order;
        this.descending = descending;
    }

    static CampaignSortOption of(String value) {
        return Arrays.stream(values()).filter(option -> option.value.equals(value)).findFirst().orElse(NEWEST);
    }

    public String value() {
        return value;
    }

    public String label() {
        return label;
    }

    CampaignOrder order() {
        return order;
    }

    boolean descending() {
        return descending;
    }
}
