package com.creatordesk.creators.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The creators module's background work (enrichment, imports): started after the transaction that asked
 * for it commits, on a small pool of its own so a long import does not hold up other modules. Not a bean
 * of type Executor, so Boot's application task executor stays the one {@code @Async} listeners use.
 * Work lost in a crash is found again by the schedulers, from the job rows.
 */
@Component
public class Background implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Background.class);

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    Background() {
        executor.setCorePoolSize(4);
        executor.setMaxPoolSize(4);
        executor.setThreadNamePrefix("creators-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
    }

    /** Runs the work after the current transaction commits, or now when there is none; never if it rolls back. */
    public void afterCommit(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            submit(work);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                submit(work);
            }
        });
    }

    public void submit(Runnable work) {
        executor.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("Background work of the creators module failed; its scheduler will try again", e);
            }
        });
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
