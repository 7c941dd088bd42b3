package com.creatordesk.identity.web;

import com.creatordesk.identity.CurrentMember;
import com.creatordesk.identity.Members;
import com.creatordesk.identity.domain.Organization;
import com.creatordesk.identity.domain.Organizations;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.thymeleaf.context.LazyContextVariable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's chrome needs: the signed-in member, the navigation, and the CSRF header for htmx. */
@ControllerAdvice
class LayoutAdvice {

    record NavItem(String label, String path, String icon) {
    }

    static final List<NavItem> NAVIGATION = List.of(
            new NavItem("Campaigns", "/campaigns", "campaigns"),
            new NavItem("Creators", "/creators", "creators"),
            new NavItem("Outreach", "/outreach", "outreach"),
            new NavItem("Inbox", "/inbox", "inbox"),
            new NavItem("Collaborations", "/collaborations", "collaborations"),
            new NavItem("Connections", "/connections", "connections"),
            new NavItem("Analytics", "/analytics", "analytics"));

    static final List<NavItem> SETTINGS = List.of(
            new NavItem("Team", "/settings/team", "team"),
            new NavItem("Mailbox", "/settings/mailbox", "mailbox"),
            new NavItem("Notifications", "/settings/notifications", "notifications"));

    private final Members members;
    private final Organizations organizations;

    LayoutAdvice(Members members, Organizations organizations) {
        this.members = members;
        this.organizations = organizations;
    }

    @ModelAttribute("me")
    CurrentMember me() {
        return members.current().orElse(null);
    }

    /**
     * Looked up only when a template shows it (the full-page layout does; htmx fragments don't), so a
     * fragment request costs no query for it.
     */
    @ModelAttribute("organizationName")
    LazyContextVariable<String> organizationName() {
        Optional<CurrentMember> member = members.current();
        return new LazyContextVariable<>() {
            @Override
            protected String loadValue() {
                return member.flatMap(it -> organizations.findById(it.organizationId().value()))
                        .map(Organization::getName)
                        .orElse("");
            }
        };
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        return original != null ? original.toString() : request.getRequestURI();
    }

    @ModelAttribute("csrfHeaders")
    String csrfHeaders(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            return "{\"" + token.getHeaderName() + "\": \"" + token.getToken() + "\"}";
        }
        return null;
    }

    /** One stylesheet per module (static/css/<module>.css), so modules style their screens independently. */
    static final List<String> MODULE_STYLESHEETS = List.of("campaigns", "creators", "mailbox", "outreach", "inbox",
            "collaborations", "connections", "notifications", "analytics");

    @ModelAttribute("moduleStylesheets")
    List<String> moduleStylesheets() {
        return MODULE_STYLESHEETS;
    }

    @ModelAttribute("navigation")
    List<NavItem> navigation() {
        return NAVIGATION;
    }

    @ModelAttribute("settingsNavigation")
    List<NavItem> settingsNavigation() {
        return SETTINGS;
    }
}
