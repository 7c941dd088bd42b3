package com.creatordesk.identity.config;

import com.creatordesk.identity.MemberId;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.identity.domain.Accounts;
import com.creatordesk.identity.domain.Member;
import com.creatordesk.identity.domain.Organizations;
import com.creatordesk.identity.events.DemoOrganizationCreated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: creates a demo organization once, with the sign-in shown on the sign-in page, and announces
 * it so each module seeds its own sample data.
 */
@Component
@ConditionalOnProperty(name = "creatordesk.demo.enabled", havingValue = "true")
public class DemoOrganization {

    public static final String EMAIL = "demo@creatordesk.app";
    public static final String PASSWORD = "creatordesk-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);

    private final Organizations organizations;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    DemoOrganization(Organizations organizations, Accounts accounts, ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.events = events;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createOnce() {
        if (organizations.findFirstByDemoTrue().isPresent()) {
            return;
        }
        Tenancy.callAsSystem(() -> transactions.execute(status -> {
            Member owner = accounts.signUp("Northwind Outfitters", "Dana Whitfield", EMAIL, PASSWORD, true);
            events.publishEvent(new DemoOrganizationCreated(new OrganizationId(owner.getOrganizationId()),
                    new MemberId(owner.getId())));
            return owner;
        }));
        log.info("Demo mode: sign in as {} with password {}", EMAIL, PASSWORD);
    }
}
