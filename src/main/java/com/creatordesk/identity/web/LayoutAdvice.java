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
import org.springframework.ui.Model;
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

    /**
     * Everything the chrome needs, from one method: Spring builds and invokes each {@code @ModelAttribute} method
     * of an advice anew on every request, fragments included. What only the full-page layout shows (the
     * organization's name, the CSRF header for htmx, which reads the token) is looked up only when a template
     * shows it, so an htmx fragment costs no query and no token for it.
     */
    @ModelAttribute
    void layout(Model model, HttpServletRequest request) {
        Optional<CurrentMember> member = members.current();
        model.addAttribute("me", member.orElse(null));
        model.addAttribute("organizationName", new LazyContextVariable<String>() {
            @Override
            protected String loadValue() {
                return member.flatMap(it -> organizations.findById(it.organizationId().value()))
                        .map(Organization::getName)
                        .orElse("");
            }
        });
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        model.addAttribute("currentPath", original != null ? original.toString() : request.getRequestURI());
        model.addAttribute("csrfHeaders", new LazyContextVariable<String>() {
            @Override
            protected String loadValue() {
                return request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token
                        ? "{\"" + token.getHeaderName() + "\": \"" + token.getToken() + "\"}"
                        : null;
            }
        });
        model.addAttribute("moduleStylesheets", MODULE_STYLESHEETS);
        model.addAttribute("navigation", NAVIGATION);
        model.addAttribute("settingsNavigation", SETTINGS);
    }

    /** One stylesheet per module (static/css/<module>.css), so modules style their screens independently. */
    static final List<String> MODULE_STYLESHEETS = List.of("campaigns", "creators", "mailbox", "outreach", "inbox",
            "collaborations", "connections", "notifications", "analytics");
}
