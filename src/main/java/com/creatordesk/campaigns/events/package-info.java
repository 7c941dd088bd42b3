/** Events published by the campaigns module: past-tense facts carrying ids and primitives. */
@org.springframework.modulith.NamedInterface("events")
package com.creatordesk.campaigns.events;
