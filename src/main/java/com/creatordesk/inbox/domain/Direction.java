package com.creatordesk.inbox.domain;

/** Whether a message came from outside (a creator) or was sent by the team. */
public enum Direction {
    INBOUND, OUTBOUND
}
