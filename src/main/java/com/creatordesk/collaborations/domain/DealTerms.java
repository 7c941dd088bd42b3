package com.creatordesk.collaborations.domain;

import com.creatordesk.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Everything agreed with the creator: the cost (it feeds the campaign's CPM), the expected number of posts,
 * tags, deliverables, compensation, the timeline and additional terms. Rules are in {@link #problems()},
 * keyed by form field; {@link #describe()} is what the activity history compares, before and after.
 */
@Embeddable
public record DealTerms(
        @Column(name = "cost_amount") BigDecimal costAmount,
        @JdbcTypeCode(SqlTypes.CHAR) @Column(name = "cost_currency", length = 3) String costCurrency,
        @Column(name = "post_count") int postCount,
        @JdbcTypeCode(SqlTypes.ARRAY) @Column(name = "tags") List<String> tags,
        @JdbcTypeCode(SqlTypes.JSON) @Column(name = "deliverables") List<Deliverable> deliverables,
        @Embedded Compensation compensation,
        @Embedded Deadlines deadlines,
        @Embedded AdditionalTerms additionalTerms) {

    public static final int MAX_POSTS = 1000;
    public static final int MAX_DELIVERABLES = 20;

    public DealTerms {
        costCurrency = costCurrency == null || costCurrency.isBlank() ? Money.DEFAULT_CURRENCY
                : costCurrency.strip().toUpperCase(Locale.ROOT);
        tags = tags == null ? List.of() : Tags.normalize(tags);
        deliverables = deliverables == null ? List.of() : List.copyOf(deliverables);
        compensation = compensation == null ? Compensation.NONE : compensation;
        deadlines = deadlines == null ? Deadlines.NONE : deadlines;
        additionalTerms = additionalTerms == null ? AdditionalTerms.NONE : additionalTerms;
    }

    /** What a collaboration starts with when nothing is agreed yet: no cost, in USD, one post. */
    public static DealTerms initial() {
        return new DealTerms(null, Money.DEFAULT_CURRENCY, 1, List.of(), List.of(), null, null, null);
    }

    public Optional<Money> cost() {
        return Optional.ofNullable(costAmount).map(amount -> new Money(amount, costCurrency));
    }

    public DealTerms withTags(List<String> newTags) {
        return new DealTerms(costAmount, costCurrency, postCount, newTags, deliverables, compensation, deadlines,
                additionalTerms);
    }

    /** Every rule these terms break, as form field to message; empty when they are fine. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        Amounts.check(problems, "cost", costAmount, "The cost");
        Amounts.checkCurrency(problems, "currency", costCurrency);
        if (postCount < 0 || postCount > MAX_POSTS) {
            problems.put("postCount", "Enter a post count from 0 to " + MAX_POSTS + ".");
        }
        String tagProblem = Tags.problem(tags);
        if (tagProblem != null) {
            problems.put("tags", tagProblem);
        }
        if (deliverables.size() > MAX_DELIVERABLES) {
            problems.put("deliverables", "Use at most " + MAX_DELIVERABLES + " deliverables.");
        }
        deliverables.stream().map(Deliverable::problem).filter(problem -> problem != null).findFirst()
                .ifPresent(problem -> problems.put("deliverables", problem));
        compensation.problemsInto(problems);
        deadlines.problemsInto(problems);
        additionalTerms.problemsInto(problems);
        return problems;
    }

    void requireValid() {
        problems().entrySet().stream().findFirst().ifPresent(problem -> {
            throw new CollaborationRuleViolation(problem.getKey(), problem.getValue());
        });
    }

    /** Each term as the history shows it, in the order of the form. */
    public Map<String, String> describe() {
        Map<String, String> terms = new LinkedHashMap<>();
        terms.put("Cost", Formats.money(costAmount, costCurrency));
        terms.put("Post count", Integer.toString(postCount));
        terms.put("Tags", tags.isEmpty() ? Formats.NONE : Tags.format(tags));
        terms.put("Deliverables", deliverables.isEmpty() ? Formats.NONE
                : deliverables.stream().map(Deliverable::describe).collect(Collectors.joining("; ")));
        compensation.describeInto(terms);
        deadlines.describeInto(terms);
        additionalTerms.describeInto(terms);
        return terms;
    }

    /** The terms that differ from {@code before}, each as (name, before, after). */
    List<TermChange> changesSince(DealTerms before) {
        Map<String, String> old = before.describe();
        return describe().entrySet().stream()
                .filter(term -> !term.getValue().equals(old.get(term.getKey())))
                .map(term -> new TermChange(term.getKey(), old.get(term.getKey()), term.getValue()))
                .toList();
    }

    record TermChange(String term, String before, String after) {
    }
}
