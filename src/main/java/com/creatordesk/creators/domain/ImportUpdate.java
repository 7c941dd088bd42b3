package com.creatordesk.creators.domain;

import java.time.Instant;

/**
 * Update mode of an import: what a row says overwrites the creator's profile fields and handle figures;
 * handles, emails and tags it names are added; nothing the row leaves empty is cleared, and a handle keeps
 * its profile link.
 */
final class ImportUpdate {

    private ImportUpdate() {
    }

    static void apply(Creator creator, NewCreator row, Instant now) {
        Profile given = row.profile();
        creator.updateProfile(new Profile(given.displayName().isEmpty() ? creator.getDisplayName() : given.displayName(),
                either(given.country(), creator.getCountry()), either(given.language(), creator.getLanguage()),
                either(given.avatarUrl(), creator.getAvatarUrl()), either(given.bio(), creator.getBio())), now);
        for (HandleDetails handle : row.handles()) {
            creator.findHandle(handle.platform(), handle.handle()).ifPresentOrElse(
                    existing -> creator.changeHandle(existing.getId(), new HandleDetails(existing.getPlatform(),
                            existing.getHandle(), either(existing.getProfileUrl(), handle.profileUrl()),
                            handle.followers() != null ? handle.followers() : existing.getFollowers(),
                            handle.engagementRate() != null ? handle.engagementRate() : existing.getEngagementRate())),
                    () -> creator.addHandle(handle));
        }
        row.emails().stream().filter(address -> !creator.hasEmail(address)).forEach(address -> creator.addEmail(address, false));
        row.tags().forEach(tag -> creator.addTag(tag, now));
        if (row.notes() != null && !row.notes().isBlank()) {
            creator.changeNotes(row.notes(), now);
        }
    }

    private static String either(String given, String current) {
        return given == null || given.isBlank() ? current : given;
    }
}
