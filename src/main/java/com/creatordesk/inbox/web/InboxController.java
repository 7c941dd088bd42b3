package com.creatordesk.inbox.web;

import com.creatordesk.identity.Members;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.inbox.domain.OutreachLog;
import com.creatordesk.inbox.domain.ThreadSearch;
import com.creatordesk.inbox.domain.sync.InboxSync;
import com.creatordesk.mailbox.Mailboxes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/** Inbox: the team mailbox's threads, newest first, with search, filters and keyset paging. */
@Controller
class InboxController {

    static final int PAGE_SIZE = 25;

    private final ThreadSearch search;
    private final ThreadRows rows;
    private final OutreachLog outreach;
    private final InboxSync sync;
    private final Members members;
    private final Mailboxes mailboxes;

    InboxController(ThreadSearch search, ThreadRows rows, OutreachLog outreach, InboxSync sync, Members members,
            Mailboxes mailboxes) {
        this.search = search;
        this.rows = rows;
        this.outreach = outreach;
        this.sync = sync;
        this.members = members;
        this.mailboxes = mailboxes;
    }

    @GetMapping("/inbox")
    String list(@ModelAttribute("params") InboxListParams params, Model model,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        OrganizationId organization = members.requireCurrent().organizationId();
        sync.register(organization);
        ThreadSearch.Page page = search.page(params.filter(), params.cursor(), PAGE_SIZE);
        model.addAttribute("rows", rows.of(page.threads()));
        model.addAttribute("nextPage", page.next() == null ? null : params.pageAfter(page.next()));
        model.addAttribute("firstPage", params.cursor() == null ? null : params.firstPage());
        model.addAttribute("campaigns", outreach.campaignsWithThreads(organization.value()));
        model.addAttribute("status", mailboxes.status(organization));
        boolean targetsResults = htmx != null && params.cursor() == null;
        return targetsResults ? "inbox/index :: results" : "inbox/index";
    }
}
