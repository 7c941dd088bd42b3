package com.creatordesk.creators.web;

import com.creatordesk.creators.domain.CreatorBatch;
import com.creatordesk.creators.domain.CreatorRuleViolation;
import com.creatordesk.identity.CurrentMember;
import com.creatordesk.identity.Members;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The batch toolbar of the Creators list: add or remove a tag, add to favourites, for the checked creators.
 * The form carries the list's filters, so the member lands on the same view of the list afterwards.
 */
@Controller
class CreatorBatchController {

    private final CreatorBatch batch;
    private final CreatorListView list;
    private final Members members;

    CreatorBatchController(CreatorBatch batch, CreatorListView list, Members members) {
        this.batch = batch;
        this.list = list;
        this.members = members;
    }

    @PostMapping("/creators/batch")
    String apply(@ModelAttribute("filters") CreatorListParams filters, @RequestParam(required = false) List<UUID> ids,
            @RequestParam(defaultValue = "") String action, @RequestParam(required = false) String batchTag,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        List<UUID> selected = ids == null ? List.of() : ids;
        try {
            redirect.addFlashAttribute("flash", run(action, selected, batchTag));
            return "redirect:" + filters.url("/creators", filters.cursor());
        } catch (CreatorRuleViolation violation) {
            model.addAttribute("batchProblem", violation.getMessage());
            model.addAttribute("batchTag", batchTag);
            model.addAttribute("selectedIds", selected);
            response.setStatus(422);
            list.results(model, filters, "/creators");
            list.choices(model);
            return "creators/list";
        }
    }

    private String run(String action, List<UUID> ids, String tag) {
        CurrentMember me = members.requireCurrent();
        return switch (action) {
            case "add-tag" -> {
                int changed = batch.addTag(ids, tag);
                yield "Tag \u201c" + tag.strip() + "\u201d added to " + creators(changed) + ".";
            }
            case "remove-tag" -> {
                int changed = batch.removeTag(ids, tag);
                yield "Tag \u201c" + tag.strip() + "\u201d removed from " + creators(changed) + ".";
            }
            case "favourite" -> {
                int starred = batch.addToFavourites(me.organizationId().value(), me.id().value(), ids);
                yield creators(starred) + " added to your favourites.";
            }
            default -> throw new CreatorRuleViolation("Choose what to do with the selected creators.");
        };
    }

    private static String creators(int count) {
        return count == 1 ? "1 creator" : count + " creators";
    }
}
