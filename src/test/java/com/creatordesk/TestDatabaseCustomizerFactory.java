package com.creatordesk;

import java.util.List;
import java.util.Map;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Points every Spring test context at the test run's PostgreSQL (see {@link TestPostgres}) and gives it
 * test defaults, before any condition is evaluated, so nothing embedded is started by the app itself.
 */
class TestDatabaseCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return new TestDatabaseCustomizer();
    }

    private static final class TestDatabaseCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                org.springframework.test.context.MergedContextConfiguration configuration) {
            TestPostgres.Database database = TestPostgres.database();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("creatordeskTestDatabase", Map.of(
                    "spring.datasource.url", database.url(),
                    "spring.datasource.username", database.user(),
                    "spring.datasource.password", database.password(),
                    "creatordesk.secret-key", "test-secret-key-not-for-production",
                    "creatordesk.data-dir", "target/test-data",
                    // every cached context runs its own sandbox: free ports, read back from SandboxServer
                    "creatordesk.sandbox.smtp-port", "0",
                    "creatordesk.sandbox.imap-port", "0",
                    // every cached context would otherwise send any organization's due outreach through its own
                    // sandbox; tests drive the outbox worker explicitly (queuing still wakes it at once)
                    "creatordesk.outreach.polling", "false",
                    "server.shutdown", "immediate")));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestDatabaseCustomizer;
        }

        @Override
        public int hashCode() {
            return TestDatabaseCustomizer.class.hashCode();
        }
    }
}
