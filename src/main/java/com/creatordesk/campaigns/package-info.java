/**
 * Campaigns and their lifecycle; offers campaign look-ups and the CampaignCancelled event.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Campaigns", allowedDependencies = {"identity", "identity :: events"})
package com.creatordesk.campaigns;
