package com.creatordesk.creators.domain;

import java.util.List;

/**
 * A creator about to join the pool. A blank display name means “known only by the first handle so far”.
 * The first email address becomes the primary one. Problems are reported against {@code handles[i]} and
 * {@code emails[i]} (by position) or the profile field's name.
 */
public record NewCreator(Profile profile, List<HandleDetails> handles, List<String> emails, List<String> tags, String notes) {

    public NewCreator {
        handles = List.copyOf(handles);
        emails = List.copyOf(emails);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public static NewCreator quick(HandleDetails handle, String email) {
        return new NewCreator(new Profile("", null, null, null, null), List.of(handle),
                email == null || email.isBlank() ? List.of() : List.of(email), List.of(), null);
    }
}
