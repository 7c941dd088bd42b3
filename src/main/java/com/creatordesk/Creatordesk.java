package com.creatordesk;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Creatordesk: one Spring Boot application whose business capabilities are Spring Modulith
 * application modules, one per top-level package.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Creatordesk", sharedModules = "shared")
public class Creatordesk {

    /** One clock for every module, so tests can move time (invitation expiry, sign-in lockout). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Links in templates are written as they are: the webjars locator switches on Spring's resource chain, whose
     * URL-encoding filter would otherwise look every link of every page up on the classpath (uncached when the
     * link is not a static file, that is, for almost all of them) and made rendering a 25-row list cost tens of
     * milliseconds. Version-less webjar URLs are still resolved when they are requested.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    public static void main(String[] args) {
        SpringApplication.run(Creatordesk.class, args);
    }
}
