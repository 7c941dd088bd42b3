package com.creatordesk.collaborations.web;

import com.creatordesk.collaborations.domain.Actor;
import com.creatordesk.collaborations.domain.CollaborationRecords;
import com.creatordesk.collaborations.domain.CollaborationRuleViolation;
import com.creatordesk.collaborations.domain.ContentDetails;
import com.creatordesk.collaborations.domain.PaymentDetails;
import com.creatordesk.collaborations.domain.ShipmentStatus;
import com.creatordesk.identity.Members;
import com.creatordesk.shared.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Record a payment, record delivered content, add a note, add a shipment, update a delivery status. With
 * htmx the answer is the card that changed plus the activity history (swapped out of band), so the entry
 * appears without a page reload; without htmx, the details page again. Refused input: 422, the form
 * with its messages and what was typed.
 */
@Controller
class RecordsController {

    private final CollaborationRecords records;
    private final CollaborationDetails details;
    private final Members members;

    RecordsController(CollaborationRecords records, CollaborationDetails details, Members members) {
        this.records = records;
        this.details = details;
        this.members = members;
    }

    @PostMapping("/collaborations/{id}/payments")
    String recordPayment(@PathVariable UUID id, @ModelAttribute("paymentForm") RecordForms.PaymentForm form,
            BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        PaymentDetails payment = form.toDetails(errors);
        return answer(id, "payments", "Payment recorded.", errors, model, request, response, redirect,
                () -> records.recordPayment(id, payment, actor()));
    }

    @PostMapping("/collaborations/{id}/content")
    String recordContent(@PathVariable UUID id, @ModelAttribute("contentForm") RecordForms.ContentForm form,
            BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        ContentDetails content = form.toDetails(errors);
        return answer(id, "content", "Content recorded.", errors, model, request, response, redirect,
                () -> records.recordContent(id, content, actor()));
    }

    @PostMapping("/collaborations/{id}/notes")
    String addNote(@PathVariable UUID id, @ModelAttribute("noteForm") RecordForms.NoteForm form, BindingResult errors,
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        return answer(id, "notes", "Note added.", errors, model, request, response, redirect,
                () -> records.addNote(id, form.note(), actor()));
    }

    @PostMapping("/collaborations/{id}/shipments")
    String addShipment(@PathVariable UUID id, @ModelAttribute("shipmentForm") RecordForms.ShipmentForm form,
            BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        return answer(id, "shipments", "Shipment added.", errors, model, request, response, redirect,
                () -> records.addShipment(id, form.carrier(), form.trackingNumber(), actor()));
    }

    @PostMapping("/collaborations/{id}/shipments/{shipment}/status")
    String changeDelivery(@PathVariable UUID id, @PathVariable UUID shipment,
            @ModelAttribute("deliveryForm") RecordForms.DeliveryForm form, BindingResult errors, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        ShipmentStatus target = form.target();
        model.addAttribute("deliveryShipment", shipment);
        return answer(id, "shipments", "Delivery status updated.", errors, model, request, response, redirect,
                () -> records.changeShipmentStatus(id, shipment, target, form.description(), actor()));
    }

    private String answer(UUID id, String card, String done, BindingResult errors, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Runnable change) {
        boolean saved = false;
        if (!errors.hasErrors()) {
            try {
                change.run();
                saved = true;
            } catch (CollaborationRuleViolation violation) {
                FormValues.reject(errors, violation);
            }
        }
        boolean fragment = Htmx.wantsFragment(request);
        if (saved && !fragment) {
            redirect.addFlashAttribute("flash", done);
            return "redirect:/collaborations/" + id;
        }
        if (saved) {
            // A fresh, empty form replaces the one just sent; the history comes along out of band.
            model.asMap().remove(errors.getObjectName());
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName());
            model.addAttribute("oob", true);
            model.addAttribute("done", done);
        } else {
            response.setStatus(422);
            model.addAttribute("problem", errors.getAllErrors().get(0).getDefaultMessage());
        }
        details.fill(model, id);
        return fragment ? CollaborationDetails.PAGE + " :: " + card : CollaborationDetails.PAGE;
    }

    private Actor actor() {
        return Actor.member(members.requireCurrent());
    }
}
