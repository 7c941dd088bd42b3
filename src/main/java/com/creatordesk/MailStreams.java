package com.creatordesk;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Names Angus Mail's stream provider once, as the system property Jakarta Mail's {@code FactoryFinder} reads
 * first. Without it, every {@code MimeMessage}, body part, multipart and header block looks the provider up
 * with a {@code ServiceLoader} scan of every jar on the class path: measured, more than half of the CPU time
 * of parsing a synced message, and a large share of building an outgoing one (the inbox sync, bulk send and
 * the sandbox server all do it thousands of times). A provider set by the operator is left alone.
 */
class MailStreams implements EnvironmentPostProcessor {

    static final String PROPERTY = "jakarta.mail.util.StreamProvider";
    static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        useAngus();
    }

    static void useAngus() {
        if (System.getProperty(PROPERTY) == null && isPresent()) {
            System.setProperty(PROPERTY, ANGUS);
        }
    }

    private static boolean isPresent() {
        try {
            Class.forName(ANGUS, false, MailStreams.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException absent) {
            return false;
        }
    }
}
