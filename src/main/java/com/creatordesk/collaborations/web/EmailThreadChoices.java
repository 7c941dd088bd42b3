package com.creatordesk.collaborations.web;

import com.creatordesk.creators.CreatorSummary;
import com.creatordesk.creators.Creators;
import com.creatordesk.inbox.EmailThreads;
import com.creatordesk.inbox.ThreadSummary;
import com.creatordesk.shared.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the New Collaboration form offers from the inbox: the chosen creator's email threads for the Email
 * thread field, and, when started from a thread (Create Collaboration), its participants matched against
 * the Creator Pool.
 */
@Component
class EmailThreadChoices {

    static final int MAX_THREADS = 20;

    /** An outside address of the thread and the creator it belongs to, or null when nobody in the pool has it. */
    record Participant(String address, CreatorSummary creator) {
    }

    private final EmailThreads threads;
    private final Creators creators;

    EmailThreadChoices(EmailThreads threads, Creators creators) {
        this.threads = threads;
        this.creators = creators;
    }

    /** The Email thread field: the chosen creator's threads (and the one already chosen), and a hint. */
    void addTo(Model model, CreatorSummary chosen, UUID selected) {
        List<ThreadSummary> options = new ArrayList<>(chosen == null ? List.of() : threads.ofCreator(chosen.id(), MAX_THREADS));
        if (selected != null && options.stream().noneMatch(thread -> thread.id().equals(selected))) {
            threads.find(selected).ifPresent(thread -> options.add(0, thread));
        }
        model.addAttribute("emailThreads", options);
        model.addAttribute("selectedEmailThread", selected == null ? "" : selected.toString());
        model.addAttribute("emailThreadHint", hint(chosen, options));
    }

    Optional<ThreadSummary> find(UUID thread) {
        return threads.find(thread);
    }

    ThreadSummary require(UUID thread) {
        return threads.find(thread).orElseThrow(() -> new NotFoundException("Email thread"));
    }

    /** The thread's outside addresses, each with its creator from the pool; the thread's outreach creator first. */
    List<Participant> participants(ThreadSummary thread) {
        Map<String, Participant> found = new LinkedHashMap<>();
        for (String address : thread.participants()) {
            found.put(address, new Participant(address, creators.findByEmail(address).orElse(null)));
        }
        return List.copyOf(found.values());
    }

    /** Whom to pre-select: the creator the thread's outreach went to, else the first participant in the pool. */
    static UUID match(ThreadSummary thread, List<Participant> participants) {
        if (thread.creatorId() != null) {
            return thread.creatorId();
        }
        return participants.stream().filter(p -> p.creator() != null).map(p -> p.creator().id().value()).findFirst().orElse(null);
    }

    private static String hint(CreatorSummary chosen, List<ThreadSummary> options) {
        if (chosen == null) {
            return "Choose a creator first: their email threads can be linked.";
        }
        if (options.isEmpty()) {
            return chosen.primaryEmail() == null ? "This creator has no email on file, so there is no thread to link."
                    : "No email threads with " + chosen.primaryEmail() + " yet.";
        }
        return "Optional: the conversation with this creator, one click away from the collaboration.";
    }
}
