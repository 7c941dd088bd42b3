/**
 * The creator pool: profiles, platform handles, emails, tags, Quick Add, enrichment, tracking and favourites.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Creators", allowedDependencies = {"identity", "identity :: events"})
package com.creatordesk.creators;
