package com.creatordesk.creators;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points enrichment at the {@link FakeProfileSite} in every test context (never the real platforms), with
 * short timeouts. Equal for all test classes, so it does not split the shared context.
 */
class CreatorsTestPropertiesFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return new Customizer();
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            Map<String, Object> properties = new HashMap<>();
            for (Platform platform : Platform.values()) {
                if (platform != Platform.OTHER) {
                    properties.put("creatordesk.creators.enrichment.profile-urls." + platform.name(), FakeProfileSite.template(platform));
                }
            }
            properties.put("creatordesk.creators.enrichment.timeout", "2s");
            properties.put("creatordesk.creators.enrichment.connect-timeout", "1s");
            properties.put("creatordesk.creators.enrichment.max-bytes", "65536");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("creatorsTestProperties", properties));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
