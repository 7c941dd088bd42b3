package com.creatordesk;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

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

    public static void main(String[] args) {
        SpringApplication.run(Creatordesk.class, args);
    }
}
