package com.creatordesk.creators;

/** One of a creator's platform handles; {@code followers} is null when unknown. */
public record HandleSummary(Platform platform, String handle, String profileUrl, Long followers) {
}
