/** Events published by the inbox module: past-tense facts carrying ids and primitives. */
@org.springframework.modulith.NamedInterface("events")
package com.creatordesk.inbox.events;
