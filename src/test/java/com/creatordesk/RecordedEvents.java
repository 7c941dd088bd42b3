package com.creatordesk;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.OrganizationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;

/**
 * Records every event of one type the application publishes, on any thread (Modulith's PublishedEvents sees
 * only the test's own), while open — without a test bean, which would cost a Spring context of its own.
 */
public final class RecordedEvents<T extends OrganizationScoped> implements AutoCloseable {

    private final List<T> published = new CopyOnWriteArrayList<>();
    private final ApplicationEventMulticaster multicaster;
    private final ApplicationListener<?> listener;

    /** Also runs {@code onPublish} as each is published (in the publishing transaction, on its thread). */
    public RecordedEvents(ConfigurableApplicationContext context, Class<T> type, Consumer<T> onPublish) {
        this.multicaster = context.getBean(ApplicationEventMulticaster.class);
        this.listener = new GenericApplicationListener() {
            @Override
            public boolean supportsEventType(ResolvableType eventType) {
                return true;
            }

            @Override
            public void onApplicationEvent(ApplicationEvent event) {
                if (event instanceof PayloadApplicationEvent<?> payload && type.isInstance(payload.getPayload())) {
                    T fact = type.cast(payload.getPayload());
                    published.add(fact);
                    onPublish.accept(fact);
                }
            }
        };
        multicaster.addApplicationListener(listener);
    }

    public RecordedEvents(ConfigurableApplicationContext context, Class<T> type) {
        this(context, type, event -> { });
    }

    /** The events of one organization: other tests may be publishing at the same time. */
    public List<T> of(OrganizationId organization) {
        return published.stream().filter(event -> event.organizationId().equals(organization)).toList();
    }

    @Override
    public void close() {
        multicaster.removeApplicationListener(listener);
    }
}
