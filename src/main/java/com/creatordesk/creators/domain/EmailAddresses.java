package com.creatordesk.creators.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Creators' email addresses are compared and stored in lower case. */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private EmailAddresses() {
    }

    public static String normalize(String address) {
        return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<String> problem(String normalized) {
        if (normalized.isEmpty()) {
            return Optional.of("Enter the email address.");
        }
        if (normalized.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (!SHAPE.matcher(normalized).matches()) {
            return Optional.of("Enter a valid email address, like name@example.com.");
        }
        return Optional.empty();
    }
}
