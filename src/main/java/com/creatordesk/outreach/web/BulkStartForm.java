package com.creatordesk.outreach.web;

import java.util.List;

/**
 * Bulk Send, step 1: the campaign and the template. Recipients handed over from the Creator Pool (selected
 * creators, a tag or its filter) ride along to step 2.
 */
record BulkStartForm(String campaignId, String templateId, List<String> creator, String tag, String filter) {
}
