package com.creatordesk.collaborations.domain;

import static com.creatordesk.collaborations.domain.CollaborationTests.DANA;
import static com.creatordesk.collaborations.domain.CollaborationTests.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creatordesk.collaborations.CollaborationStatus;
import com.creatordesk.creators.Platform;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deal terms: their rules, and the before → after entries a change of terms writes to the history. */
class DealTermsTests {

    static DealTerms terms(String cost, String currency, int posts, List<String> tags, List<Deliverable> deliverables,
            Compensation compensation, Deadlines deadlines, AdditionalTerms additional) {
        return new DealTerms(cost == null ? null : new BigDecimal(cost), currency, posts, tags, deliverables,
                compensation, deadlines, additional);
    }

    @Test
    void newTermsDefaultToUsdAndOnePost() {
        DealTerms initial = DealTerms.initial();
        assertThat(initial.costCurrency()).isEqualTo("USD");
        assertThat(initial.postCount()).isEqualTo(1);
        assertThat(initial.problems()).isEmpty();
    }

    @Test
    void everyChangedTermIsRecordedWithItsValueBeforeAndAfter() {
        Collaboration collaboration = CollaborationTests.collaboration(CollaborationStatus.NEGOTIATING);
        DealTerms changed = terms("1500", "EUR", 3, List.of("vip", "Summer"),
                List.of(new Deliverable(Platform.TIKTOK, "video", 2, "Mention #springtrail"),
                        new Deliverable(Platform.INSTAGRAM, "Reel", 1, null)),
                new Compensation(new BigDecimal("1000"), "EUR", new BigDecimal("12.5"), "Trail shoe", new BigDecimal("120"), "EUR"),
                new Deadlines(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 15),
                        List.of(new Milestone("Kick-off call", LocalDate.of(2026, 5, 20)))),
                new AdditionalTerms("30 days in outdoor footwear", "Paid ads for 90 days", "One round", null));

        assertThat(collaboration.changeTerms(changed, DANA, NOW)).isTrue();

        assertThat(collaboration.addedActivities()).filteredOn(activity -> activity.getKind() == ActivityKind.TERMS_CHANGED)
                .extracting(Activity::getSubject, Activity::getBeforeValue, Activity::getAfterValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Cost", "—", "€1,500.00"),
                        org.assertj.core.groups.Tuple.tuple("Post count", "1", "3"),
                        org.assertj.core.groups.Tuple.tuple("Tags", "—", "vip, Summer"),
                        org.assertj.core.groups.Tuple.tuple("Deliverables", "—",
                                "2 × TikTok video (Mention #springtrail); 1 × Instagram Reel"),
                        org.assertj.core.groups.Tuple.tuple("Fixed fee", "—", "€1,000.00"),
                        org.assertj.core.groups.Tuple.tuple("Commission", "—", "12.5%"),
                        org.assertj.core.groups.Tuple.tuple("Product exchange", "—", "Trail shoe (value €120.00)"),
                        org.assertj.core.groups.Tuple.tuple("Draft due", "—", "1 Jun 2026"),
                        org.assertj.core.groups.Tuple.tuple("Publish by", "—", "15 Jun 2026"),
                        org.assertj.core.groups.Tuple.tuple("Milestones", "—", "Kick-off call 20 May 2026"),
                        org.assertj.core.groups.Tuple.tuple("Exclusivity", "—", "30 days in outdoor footwear"),
                        org.assertj.core.groups.Tuple.tuple("Usage rights", "—", "Paid ads for 90 days"),
                        org.assertj.core.groups.Tuple.tuple("Revision policy", "—", "One round"));
    }

    @Test
    void onlyTheTermsThatChangedAreRecordedAndNoChangeRecordsNothing() {
        Collaboration collaboration = CollaborationTests.collaboration(CollaborationStatus.NEGOTIATING);
        DealTerms first = DealTerms.initial().withTags(List.of("vip"));
        collaboration.changeTerms(first, DANA, NOW);
        int entries = collaboration.addedActivities().size();

        assertThat(collaboration.changeTerms(DealTerms.initial().withTags(List.of("VIP ")), DANA, NOW)).isTrue();
        assertThat(collaboration.addedActivities()).hasSize(entries + 1);
        assertThat(CollaborationTests.last(collaboration).getBeforeValue()).isEqualTo("vip");
        assertThat(CollaborationTests.last(collaboration).getAfterValue()).isEqualTo("VIP");

        assertThat(collaboration.changeTerms(DealTerms.initial().withTags(List.of("VIP")), DANA, NOW)).isFalse();
        assertThat(collaboration.addedActivities()).hasSize(entries + 1);
    }

    @Test
    void invalidTermsAreRefusedAndChangeNothing() {
        Collaboration collaboration = CollaborationTests.collaboration(CollaborationStatus.NEGOTIATING);
        DealTerms negative = terms("-5", "USD", 1, null, null, null, null, null);

        assertThatThrownBy(() -> collaboration.changeTerms(negative, DANA, NOW))
                .isInstanceOf(CollaborationRuleViolation.class)
                .hasMessage("The cost can't be negative.");
        assertThat(collaboration.getTerms()).isEqualTo(DealTerms.initial());
    }

    @Test
    void eachRuleNamesItsField() {
        DealTerms wrong = terms("10.555", "XYZ", -1, List.of("x".repeat(41)),
                List.of(new Deliverable(Platform.TIKTOK, "", 1, null)),
                new Compensation(null, null, new BigDecimal("101"), null, new BigDecimal("5"), "USD"),
                new Deadlines(LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 1), List.of(new Milestone("", null))),
                null);

        assertThat(wrong.problems())
                .containsEntry("cost", "Use at most two decimal places.")
                .containsEntry("currency", "Enter a three-letter ISO 4217 currency code, such as USD, EUR or GBP.")
                .containsEntry("postCount", "Enter a post count from 0 to 1000.")
                .containsEntry("tags", "Keep each tag under 40 characters.")
                .containsEntry("deliverables", "Enter the post type of each deliverable, for example Reel or video.")
                .containsEntry("commissionPercent", "Enter a commission from 0 to 100 percent, with at most two decimals.")
                .containsEntry("productName", "Name the product the value belongs to.")
                .containsEntry("publishBy", "The publish date can't be before the draft is due.")
                .containsEntry("milestones", "Give each milestone a name and a date.");
    }

    @Test
    void tagsAreTrimmedAndDeduplicatedIgnoringCase() {
        assertThat(Tags.parse(" VIP, summer  launch ,vip,, ")).containsExactly("VIP", "summer launch");
    }
}
