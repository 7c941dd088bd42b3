package com.creatordesk.creators.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the Creators list reads from a creator without opening its handles and emails: total followers
 * across platforms, the engagement rate weighted by followers (a plain average where followers are
 * unknown), the primary email, and the lower-case text search-as-you-type matches.
 */
record CreatorFigures(String primaryEmail, Long followers, BigDecimal engagementRate, String searchText) {

    static CreatorFigures of(String displayName, List<CreatorHandle> handles, List<CreatorEmail> emails) {
        String primary = emails.stream().filter(CreatorEmail::isPrimary).map(CreatorEmail::getAddress).findFirst().orElse(null);
        List<Long> known = handles.stream().map(CreatorHandle::getFollowers).filter(count -> count != null).toList();
        Long followers = known.isEmpty() ? null : known.stream().mapToLong(Long::longValue).sum();
        String text = Stream.concat(Stream.concat(Stream.of(displayName), handles.stream().map(CreatorHandle::getHandle)),
                        emails.stream().map(CreatorEmail::getAddress))
                .collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
        return new CreatorFigures(primary, followers, engagement(handles), text);
    }

    private static BigDecimal engagement(List<CreatorHandle> handles) {
        List<CreatorHandle> rated = handles.stream().filter(handle -> handle.getEngagementRate() != null).toList();
        if (rated.isEmpty()) {
            return null;
        }
        List<CreatorHandle> weighted = rated.stream()
                .filter(handle -> handle.getFollowers() != null && handle.getFollowers() > 0).toList();
        if (weighted.isEmpty()) {
            BigDecimal sum = rated.stream().map(CreatorHandle::getEngagementRate).reduce(BigDecimal.ZERO, BigDecimal::add);
            return sum.divide(BigDecimal.valueOf(rated.size()), 2, RoundingMode.HALF_UP);
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal audience = BigDecimal.ZERO;
        for (CreatorHandle handle : weighted) {
            BigDecimal count = BigDecimal.valueOf(handle.getFollowers());
            total = total.add(handle.getEngagementRate().multiply(count));
            audience = audience.add(count);
        }
        return total.divide(audience, 2, RoundingMode.HALF_UP);
    }
}
