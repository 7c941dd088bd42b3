package com.creatordesk.creators.web;

import com.creatordesk.creators.domain.CreatorPage;
import com.creatordesk.creators.domain.CreatorSearch;
import com.creatordesk.identity.CurrentMember;
import com.creatordesk.identity.Members;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Creators list: search-as-you-type, filters, sort and keyset paging. An htmx request gets just the
 * results; the match count loads separately so typing never waits for it.
 */
@Controller
class CreatorsController {

    private final CreatorListView view;
    private final CreatorSearch search;
    private final Members members;

    CreatorsController(CreatorListView view, CreatorSearch search, Members members) {
        this.view = view;
        this.search = search;
        this.members = members;
    }

    @GetMapping("/creators")
    String list(@ModelAttribute("filters") CreatorListParams params, Model model,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-History-Restore-Request", required = false) String restore) {
        view.results(model, params, "/creators");
        if (htmx != null && restore == null) {
            return "creators/list :: results";
        }
        view.choices(model);
        return "creators/list";
    }

    @GetMapping("/creators/count")
    String count(@ModelAttribute("filters") CreatorListParams params, Model model) {
        CurrentMember me = members.requireCurrent();
        int count = search.count(me.organizationId().value(), me.id().value(), params.filter());
        model.addAttribute("countText", count >= CreatorSearch.COUNT_CAP
                ? Figures.number(CreatorSearch.COUNT_CAP) + "+ creators"
                : Figures.number(count) + (count == 1 ? " creator" : " creators"));
        return "creators/fragments :: count";
    }

    /** For other modules' forms: creators matching {@code q} as {@code <option>}s (value = creator id). */
    @GetMapping("/creators/picker")
    String picker(@RequestParam(defaultValue = "") String q, Model model) {
        CurrentMember me = members.requireCurrent();
        CreatorPage page = search.page(me.organizationId().value(), me.id().value(),
                CreatorListParams.search(q).filter(), null, 20);
        model.addAttribute("options", page.rows().stream().map(CreatorListItem::of).toList());
        return "creators/picker :: options";
    }
}
