package com.creatordesk;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;

class MailStreamsTests {

    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(MailStreams.PROPERTY);
        System.clearProperty(MailStreams.PROPERTY);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(MailStreams.PROPERTY);
        } else {
            System.setProperty(MailStreams.PROPERTY, before);
        }
    }

    @Test
    void namesAngusStreamProviderSoJakartaMailSkipsItsServiceLoaderScan() {
        new MailStreams().postProcessEnvironment(new StandardEnvironment(), new SpringApplication());

        assertThat(System.getProperty(MailStreams.PROPERTY)).isEqualTo(MailStreamProvider.class.getName());
        assertThat(StreamProvider.provider()).isInstanceOf(MailStreamProvider.class);
    }

    @Test
    void leavesAProviderTheOperatorChoseAlone() {
        System.setProperty(MailStreams.PROPERTY, "com.example.OwnStreams");

        new MailStreams().postProcessEnvironment(new StandardEnvironment(), new SpringApplication());

        assertThat(System.getProperty(MailStreams.PROPERTY)).isEqualTo("com.example.OwnStreams");
    }

    @Test
    void isRegisteredForEveryStartOfTheApplication() throws Exception {
        boolean registered = false;
        var resources = getClass().getClassLoader().getResources("META-INF/spring.factories");
        while (resources.hasMoreElements()) {
            var factories = org.springframework.core.io.support.PropertiesLoaderUtils.loadProperties(
                    new org.springframework.core.io.UrlResource(resources.nextElement()));
            String processors = factories.getProperty(org.springframework.boot.EnvironmentPostProcessor.class.getName(), "");
            registered |= java.util.Arrays.stream(processors.split(",")).map(String::strip)
                    .anyMatch(MailStreams.class.getName()::equals);
        }
        assertThat(registered).isTrue();
    }
}
