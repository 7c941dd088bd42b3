/**
 * Campaign analytics: cost, posts, views, CPM and ROI; it only reads and listens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics", allowedDependencies = {"collaborations", "campaigns", "creators", "identity", "identity :: events"})
package com.creatordesk.analytics;
