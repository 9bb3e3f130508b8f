package nl.klachtroute.intake;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * complaint-intake: the complaint case (klacht) from registration to closure, and the process manager
 * of the route. Runs alone or, on the local stack, next to the other services in one JVM; hence its own
 * configuration name instead of {@code application.yml}.
 */
@SpringBootApplication
public class ComplaintIntakeApplication {

    public static final String CONFIG_NAME = "complaint-intake";

    public static void main(String[] args) {
        new SpringApplicationBuilder(ComplaintIntakeApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
