package com.creatordesk.collaborations.web;

import com.creatordesk.collaborations.CollaborationStatus;
import com.creatordesk.collaborations.domain.AdditionalTerms;
import com.creatordesk.collaborations.domain.Compensation;
import com.creatordesk.collaborations.domain.DealTerms;
import com.creatordesk.collaborations.domain.Deadlines;
import com.creatordesk.collaborations.domain.Tags;
import com.creatordesk.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.validation.Errors;

/**
 * The New Collaboration and Edit terms forms, as typed: every field is text, so whatever was entered can be
 * shown again next to its message. Campaign, creator and status are only asked for a new collaboration.
 */
record CollaborationForm(String campaign, String creator, String status, String cost, String currency,
        String postCount, String tags, List<DeliverableLine> deliverables, String feeAmount, String feeCurrency,
        String commissionPercent, String productName, String productValue, String productValueCurrency,
        String draftDue, String publishBy, List<MilestoneLine> milestones, String exclusivity, String usageRights,
        String revisionPolicy, String otherTerms, String emailThread) {

    CollaborationForm {
        deliverables = deliverables == null || deliverables.isEmpty() ? List.of(DeliverableLine.empty()) : deliverables;
        milestones = milestones == null || milestones.isEmpty() ? List.of(MilestoneLine.empty()) : milestones;
    }

    static CollaborationForm empty(UUID campaign, UUID creator) {
        return new CollaborationForm(campaign == null ? "" : campaign.toString(), creator == null ? "" : creator.toString(),
                CollaborationStatus.NEGOTIATING.name(), "", Money.DEFAULT_CURRENCY, "1", "", null, "",
                Money.DEFAULT_CURRENCY, "", "", "", Money.DEFAULT_CURRENCY, "", "", null, "", "", "", "", "");
    }

    /** A new collaboration's form with an email thread already chosen (Create Collaboration on a thread). */
    CollaborationForm withEmailThread(UUID thread) {
        return new CollaborationForm(campaign, creator, status, cost, currency, postCount, tags, deliverables, feeAmount,
                feeCurrency, commissionPercent, productName, productValue, productValueCurrency, draftDue, publishBy,
                milestones, exclusivity, usageRights, revisionPolicy, otherTerms, thread == null ? "" : thread.toString());
    }

    static CollaborationForm of(DealTerms terms) {
        Compensation pay = terms.compensation();
        Deadlines dates = terms.deadlines();
        AdditionalTerms more = terms.additionalTerms();
        return new CollaborationForm("", "", "", text(terms.costAmount()), terms.costCurrency(),
                Integer.toString(terms.postCount()), Tags.format(terms.tags()),
                terms.deliverables().stream().map(DeliverableLine::of).toList(), text(pay.feeAmount()),
                currency(pay.feeCurrency()), text(pay.commissionPercent()), text(pay.productName()),
                text(pay.productValueAmount()), currency(pay.productValueCurrency()),
                dates.draftDue() == null ? "" : dates.draftDue().toString(),
                dates.publishBy() == null ? "" : dates.publishBy().toString(),
                dates.milestones().stream().map(MilestoneLine::of).toList(), text(more.exclusivity()),
                text(more.usageRights()), text(more.revisionPolicy()), text(more.otherTerms()), "");
    }

    /** The same form with one more empty deliverable or milestone line ("Add deliverable", "Add milestone"). */
    CollaborationForm withLine(String kind) {
        List<DeliverableLine> moreDeliverables = new ArrayList<>(deliverables);
        List<MilestoneLine> moreMilestones = new ArrayList<>(milestones);
        if ("deliverable".equals(kind)) {
            moreDeliverables.add(DeliverableLine.empty());
        } else if ("milestone".equals(kind)) {
            moreMilestones.add(MilestoneLine.empty());
        }
        return new CollaborationForm(campaign, creator, status, cost, currency, postCount, tags, moreDeliverables,
                feeAmount, feeCurrency, commissionPercent, productName, productValue, productValueCurrency, draftDue,
                publishBy, moreMilestones, exclusivity, usageRights, revisionPolicy, otherTerms, emailThread);
    }

    /** The terms entered; every problem is recorded in {@code errors} against its field. */
    DealTerms toTerms(Errors errors) {
        int posts;
        Long count = FormValues.count(errors, "postCount", postCount);
        posts = count == null ? (FormValues.blank(postCount) ? 1 : -1) : (int) Math.max(-1, Math.min(count, Integer.MAX_VALUE));
        DealTerms terms = new DealTerms(FormValues.amount(errors, "cost", cost), currency, posts, Tags.parse(tags),
                deliverables.stream().filter(line -> !line.isBlank()).map(DeliverableLine::toDeliverable).toList(),
                new Compensation(FormValues.amount(errors, "feeAmount", feeAmount), feeCurrency,
                        FormValues.percent(errors, "commissionPercent", commissionPercent), productName,
                        FormValues.amount(errors, "productValue", productValue), productValueCurrency),
                new Deadlines(FormValues.date(errors, "draftDue", draftDue), FormValues.date(errors, "publishBy", publishBy),
                        milestones.stream().filter(line -> !line.isBlank()).map(MilestoneLine::toMilestone).toList()),
                new AdditionalTerms(exclusivity, usageRights, revisionPolicy, otherTerms));
        FormValues.reject(errors, terms.problems());
        return terms;
    }

    CollaborationStatus initialStatus(Errors errors) {
        if (CollaborationStatus.PENDING.name().equals(status)) {
            return CollaborationStatus.PENDING;
        }
        if (!FormValues.blank(status) && !CollaborationStatus.NEGOTIATING.name().equals(status)) {
            errors.rejectValue("status", "invalid", "A new collaboration starts as Negotiating or Pending.");
        }
        return CollaborationStatus.NEGOTIATING;
    }

    UUID campaignId(Errors errors) {
        return id(errors, "campaign", campaign, "Choose one of your active campaigns.");
    }

    UUID creatorId(Errors errors) {
        return id(errors, "creator", creator, "Choose a creator from your Creator Pool.");
    }

    /** The email thread chosen to link, or null when none was. */
    UUID emailThreadId(Errors errors) {
        return FormValues.blank(emailThread) ? null : id(errors, "emailThread", emailThread, "Choose one of the creator's email threads.");
    }

    private static UUID id(Errors errors, String field, String text, String message) {
        try {
            return UUID.fromString(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "required", message);
            return null;
        }
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal amount) {
            return amount.stripTrailingZeros().toPlainString();
        }
        return value == null ? "" : value.toString();
    }

    private static String currency(String code) {
        return code == null ? Money.DEFAULT_CURRENCY : code;
    }
}
