package com.creatordesk.campaigns.domain;

import java.util.List;

/**
 * The orders the campaign list offers. Each names the columns it sorts by, ending in a column that is
 * unique within an organization (the name is, case-insensitively), so that a row's position can be
 * resumed from with a keyset condition; each has an index on (organization_id, its keys). Statuses sort
 * by name, which is also their labels' alphabetical order.
 */
public enum CampaignOrder {
    NAME(List.of("lower(c.name)")),
    START_DATE(List.of("c.startSort", "lower(c.name)")),
    STATUS(List.of("c.status", "lower(c.name)")),
    CREATED(List.of("c.createdAt", "c.id"));

    private final List<String> keys;

    CampaignOrder(List<String> keys) {
        this.keys = keys;
    }

    List<String> keys() {
        return keys;
    }
}
