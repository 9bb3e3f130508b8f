package nl.klachtroute.analytics;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Pseudonymised analytics over the whole event stream: a read model built only from events, and the
 * aggregate figures analysts use. It never sees names, addresses or free text.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AnalyticsServiceApplication {

    /** The configuration file name; the local stack runs all services in one JVM, so not application.yml. */
    public static final String CONFIG_NAME = "analytics-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(AnalyticsServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
