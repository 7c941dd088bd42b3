package com.creatordesk.inbox.domain.mime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Message-IDs as they appear in Message-ID, In-Reply-To and References headers: {@code <local@domain>}. */
public final class MessageIdTokens {

    /** Longer ids are not real ones (RFC 5322 lines are at most 998 characters). */
    public static final int MAX_LENGTH = 998;
    /** A References header can grow without bound; the oldest and the newest ones are what threads need. */
    public static final int MAX_REFERENCES = 100;

    private static final Pattern TOKEN = Pattern.compile("<([^<>\\s]+)>");

    private MessageIdTokens() {
    }

    /** The first id in the header value; a bare id without brackets is accepted when it is one word with an @. */
    public static String first(String header) {
        if (header == null) {
            return null;
        }
        Matcher matcher = TOKEN.matcher(header);
        while (matcher.find()) {
            if (matcher.group().length() <= MAX_LENGTH) {
                return matcher.group();
            }
        }
        String bare = header.strip();
        if (!bare.isEmpty() && bare.indexOf('@') > 0 && bare.matches("[^<>\\s]+") && bare.length() + 2 <= MAX_LENGTH) {
            return "<" + bare + ">";
        }
        return null;
    }

    /** Every id in the values, in order, without repeats; the first one and the newest ones when there are too many. */
    public static List<String> all(String[] headers) {
        Set<String> ids = new LinkedHashSet<>();
        if (headers != null) {
            for (String header : headers) {
                Matcher matcher = TOKEN.matcher(header);
                while (matcher.find()) {
                    if (matcher.group().length() <= MAX_LENGTH) {
                        ids.add(matcher.group());
                    }
                }
            }
        }
        List<String> list = new ArrayList<>(ids);
        if (list.size() <= MAX_REFERENCES) {
            return list;
        }
        List<String> kept = new ArrayList<>(MAX_REFERENCES);
        kept.add(list.get(0));
        kept.addAll(list.subList(list.size() - (MAX_REFERENCES - 1), list.size()));
        return kept;
    }
}
