/** Events published by the identity module. */
@org.springframework.modulith.NamedInterface("events")
package com.creatordesk.identity.events;
