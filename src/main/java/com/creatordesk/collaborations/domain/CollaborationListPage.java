package com.creatordesk.collaborations.domain;

import java.util.List;
import java.util.UUID;

/**
 * A page of collaborations and the cursors of the neighbouring pages: {@code before}
 * for the previous page (its first row), {@code after} for the next (its last row); null when there is none.
 */
public record CollaborationListPage(List<CollaborationRow> rows, UUID previousBefore, UUID nextAfter) {
}
