package com.creatordesk.collaborations;

/** Why a collaboration was cancelled; Other carries a text of its own. */
public enum CancellationReason {
    CREATOR_DECLINED("Creator declined"),
    CREATOR_UNRESPONSIVE("Creator unresponsive"),
    BUDGET_CUT("Budget cut"),
    CAMPAIGN_CANCELLED("Campaign cancelled"),
    OTHER("Other");

    private final String label;

    CancellationReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
