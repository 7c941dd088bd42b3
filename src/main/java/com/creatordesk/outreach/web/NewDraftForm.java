package com.creatordesk.outreach.web;

/** New draft: for which creator and campaign, from which template (blank when none). */
record NewDraftForm(String creatorId, String campaignId, String templateId) {
}
