package com.creatordesk.collaborations.web;

import com.creatordesk.collaborations.CancellationReason;
import com.creatordesk.collaborations.CollaborationStatus;
import com.creatordesk.collaborations.domain.Cancellation;
import com.creatordesk.collaborations.domain.CollaborationRuleViolation;
import com.creatordesk.collaborations.domain.ContentDetails;
import com.creatordesk.collaborations.domain.PaymentDetails;
import com.creatordesk.collaborations.domain.ShipmentStatus;
import com.creatordesk.creators.Platform;
import com.creatordesk.shared.Money;
import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.validation.Errors;

/** The small forms of the details page, as typed. */
final class RecordForms {

    private RecordForms() {
    }

    /** Change status; a reason (and for Other a text) only when cancelling. */
    record StatusForm(String status, String reason, String reasonNote) {

        /** The usual next step is offered first: Pending → Negotiating → Fulfilling → Completed; a cancelled one back to Negotiating. */
        static StatusForm suggestedFor(CollaborationStatus current) {
            CollaborationStatus next = switch (current) {
                case PENDING -> CollaborationStatus.NEGOTIATING;
                case NEGOTIATING -> CollaborationStatus.FULFILLING;
                case FULFILLING -> CollaborationStatus.COMPLETED;
                case COMPLETED -> CollaborationStatus.FULFILLING;
                case CANCELLED -> CollaborationStatus.NEGOTIATING;
            };
            return new StatusForm(next.name(), "", "");
        }

        CollaborationStatus target(Errors errors) {
            return Arrays.stream(CollaborationStatus.values()).filter(option -> option.name().equals(status)).findFirst()
                    .orElseGet(() -> {
                        errors.rejectValue("status", "required", "Choose a status.");
                        return null;
                    });
        }

        Cancellation cancellation(CollaborationStatus target, Errors errors) {
            if (target != CollaborationStatus.CANCELLED) {
                return null;
            }
            CancellationReason chosen = Arrays.stream(CancellationReason.values())
                    .filter(option -> option.name().equals(reason)).findFirst().orElse(null);
            try {
                return new Cancellation(chosen, reasonNote);
            } catch (CollaborationRuleViolation violation) {
                FormValues.reject(errors, violation);
                return null;
            }
        }
    }

    record PaymentForm(String amount, String currency, String paidOn, String method, String note) {

        static PaymentForm empty(LocalDate today) {
            return new PaymentForm("", Money.DEFAULT_CURRENCY, today.toString(), "", "");
        }

        PaymentDetails toDetails(Errors errors) {
            PaymentDetails details = new PaymentDetails(FormValues.amount(errors, "amount", amount), currency,
                    FormValues.date(errors, "paidOn", paidOn), method, note);
            FormValues.reject(errors, details.problems());
            return details;
        }
    }

    record ContentForm(String url, String platform, String postType, String postedOn, String views, String likes,
            String comments) {

        static ContentForm empty(LocalDate today) {
            return new ContentForm("", Platform.INSTAGRAM.name(), "", today.toString(), "", "", "");
        }

        ContentDetails toDetails(Errors errors) {
            ContentDetails details = new ContentDetails(url, Platform.parse(platform).orElse(null), postType,
                    FormValues.date(errors, "postedOn", postedOn), FormValues.count(errors, "views", views),
                    FormValues.count(errors, "likes", likes), FormValues.count(errors, "comments", comments));
            FormValues.reject(errors, details.problems());
            return details;
        }
    }

    record NoteForm(String note) {

        static NoteForm empty() {
            return new NoteForm("");
        }
    }

    record ShipmentForm(String carrier, String trackingNumber) {

        static ShipmentForm empty() {
            return new ShipmentForm("", "");
        }
    }

    record DeliveryForm(String status, String description) {

        ShipmentStatus target() {
            return Arrays.stream(ShipmentStatus.values()).filter(option -> option.name().equals(status)).findFirst().orElse(null);
        }
    }
}
