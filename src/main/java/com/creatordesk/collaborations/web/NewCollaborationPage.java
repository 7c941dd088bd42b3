package com.creatordesk.collaborations.web;

import com.creatordesk.campaigns.Campaigns;
import com.creatordesk.collaborations.CollaborationStatus;
import com.creatordesk.collaborations.EmailThreadLink;
import com.creatordesk.collaborations.web.EmailThreadChoices.Participant;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.creators.CreatorSummary;
import com.creatordesk.creators.Creators;
import com.creatordesk.inbox.ThreadSummary;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The New Collaboration page's model, for a new form and for one coming back: the active campaigns, the
 * creator choices, the Email thread field, and, when started from an email thread, its participants.
 */
@Component
class NewCollaborationPage {

    static final String FORM = "collaborations/form";

    private final Campaigns campaigns;
    private final Creators creators;
    private final EmailThreadChoices threads;

    NewCollaborationPage(Campaigns campaigns, Creators creators, EmailThreadChoices threads) {
        this.campaigns = campaigns;
        this.creators = creators;
        this.threads = threads;
    }

    String show(CollaborationForm form, Model model) {
        model.addAttribute("collaborationForm", form);
        model.addAttribute("activeCampaigns", campaigns.active());
        model.addAttribute("statuses", List.of(CollaborationStatus.NEGOTIATING, CollaborationStatus.PENDING));
        CreatorSummary chosen = chosenCreator(form.creator());
        if (chosen != null) {
            model.addAttribute("chosenCreator", chosen);
        }
        if (!model.containsAttribute("creatorChoices")) {
            model.addAttribute("creatorChoices", chosen == null ? List.of() : List.of(chosen));
        }
        threads.addTo(model, chosen, parse(form.emailThread()));
        FormOptions.addTo(model);
        return FORM;
    }

    /** The form again after a refusal or Add line; started from a thread, with its participants again. */
    String show(CollaborationForm form, Model model, UUID fromThread) {
        Optional.ofNullable(fromThread).flatMap(threads::find)
                .ifPresent(from -> addThread(model, from, parse(form.creator())));
        return show(form, model);
    }

    /**
     * Create Collaboration on a thread: its creator (the outreach's, else the first address in the pool)
     * and its campaign pre-selected unless given, the thread chosen in the Email thread field.
     *
     * @throws com.creatordesk.shared.NotFoundException when the thread is not the organization's
     */
    String fromThread(UUID thread, UUID campaign, UUID creator, Model model) {
        ThreadSummary from = threads.require(thread);
        UUID chosen = creator != null ? creator : EmailThreadChoices.match(from, threads.participants(from));
        addThread(model, from, chosen);
        return show(CollaborationForm.empty(campaign != null ? campaign : from.campaignId(), chosen).withEmailThread(thread), model);
    }

    /** The Email thread chosen, if any: one of the organization's threads. */
    EmailThreadLink emailThread(CollaborationForm form, BindingResult errors) {
        UUID id = form.emailThreadId(errors);
        if (id == null) {
            return null;
        }
        Optional<ThreadSummary> thread = threads.find(id);
        if (thread.isEmpty()) {
            errors.rejectValue("emailThread", "unknown", "Choose one of the creator's email threads.");
            return null;
        }
        return new EmailThreadLink(thread.get().id(), thread.get().label());
    }

    /** Only the Email thread field, for the creator now chosen. */
    String emailThreadField(String creator, String emailThread, Model model) {
        threads.addTo(model, chosenCreator(creator), parse(emailThread));
        return FORM + " :: email-thread";
    }

    private void addThread(Model model, ThreadSummary from, UUID chosen) {
        List<Participant> participants = threads.participants(from);
        model.addAttribute("fromThread", from);
        model.addAttribute("participants", participants);
        model.addAttribute("creatorChoices", creatorChoices(from, participants, chosen));
    }

    /** The thread's creators from the pool, the pre-selected one included even when no address matches it. */
    private List<CreatorSummary> creatorChoices(ThreadSummary from, List<Participant> participants, UUID chosen) {
        Map<UUID, CreatorSummary> choices = new LinkedHashMap<>();
        for (UUID id : Arrays.asList(chosen, from.creatorId())) {
            if (id != null) {
                creators.find(new CreatorId(id)).ifPresent(found -> choices.putIfAbsent(id, found));
            }
        }
        participants.stream().map(Participant::creator).filter(Objects::nonNull)
                .forEach(found -> choices.putIfAbsent(found.id().value(), found));
        return List.copyOf(choices.values());
    }

    private CreatorSummary chosenCreator(String creator) {
        UUID id = parse(creator);
        return id == null ? null : creators.find(new CreatorId(id)).orElse(null);
    }

    private static UUID parse(String id) {
        try {
            return id == null || id.isBlank() ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
