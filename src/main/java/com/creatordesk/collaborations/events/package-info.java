/** Events published by the collaborations module: past-tense facts carrying ids and primitives. */
@org.springframework.modulith.NamedInterface("events")
package com.creatordesk.collaborations.events;
