package com.creatordesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Built-in default for {@code creatordesk.secret-key}: when none is configured, a random key is generated
 * once and kept in the data folder, so links and remember-me cookies stay valid across restarts.
 */
class LocalSecretKey implements EnvironmentPostProcessor {

    static final String PROPERTY = "creatordesk.secret-key";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return;
        }
        Path file = Path.of(environment.getProperty("creatordesk.data-dir", ".creatordesk"), "secret.key");
        environment.getPropertySources().addFirst(new MapPropertySource("creatordeskLocalSecretKey",
                Map.of(PROPERTY, readOrCreate(file))));
    }

    private static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, encoded, StandardCharsets.US_ASCII);
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret key file " + file, e);
        }
    }
}
