package com.creatordesk.outreach;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.outreach.events.OutreachSent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;

/**
 * Records every OutreachSent the application publishes, on any thread, while open — without a test bean
 * (which would cost a Spring context of its own).
 */
final class RecordedOutreach implements AutoCloseable {

    private final List<OutreachSent> sent = new CopyOnWriteArrayList<>();
    private final ApplicationEventMulticaster multicaster;
    private final ApplicationListener<?> listener;

    RecordedOutreach(ConfigurableApplicationContext context) {
        this.multicaster = context.getBean(ApplicationEventMulticaster.class);
        this.listener = new GenericApplicationListener() {
            @Override
            public boolean supportsEventType(ResolvableType eventType) {
                return true;
            }

            @Override
            public void onApplicationEvent(org.springframework.context.ApplicationEvent event) {
                if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof OutreachSent fact) {
                    sent.add(fact);
                }
            }
        };
        multicaster.addApplicationListener(listener);
    }

    /** What was announced for one organization: other tests' outboxes may be sending at the same time. */
    List<OutreachSent> sent(OrganizationId organization) {
        return sent.stream().filter(event -> event.organizationId().equals(organization)).toList();
    }

    @Override
    public void close() {
        multicaster.removeApplicationListener(listener);
    }
}
