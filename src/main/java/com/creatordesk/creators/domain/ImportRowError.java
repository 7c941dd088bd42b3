package com.creatordesk.creators.domain;

import java.util.List;

/** A row that was not imported: its number, why, and its cells as they were in the file. */
public record ImportRowError(int row, String message, List<String> cells) {
}
