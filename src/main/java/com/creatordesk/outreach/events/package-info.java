/** Events published by the outreach module: past-tense facts carrying ids and primitives. */
@org.springframework.modulith.NamedInterface("events")
package com.creatordesk.outreach.events;
