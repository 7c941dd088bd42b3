/** Events published by the connections module: past-tense facts carrying ids and primitives. */
@org.springframework.modulith.NamedInterface("events")
package com.creatordesk.connections.events;
