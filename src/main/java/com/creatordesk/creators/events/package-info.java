/** Events published by the creators module: past-tense facts carrying ids. */
@org.springframework.modulith.NamedInterface("events")
package com.creatordesk.creators.events;
