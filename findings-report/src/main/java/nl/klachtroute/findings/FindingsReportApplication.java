package nl.klachtroute.findings;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * findings-report: the Rapport van Bevindingen (RvB) of the route bejegening and the access trail of
 * every report. Started with its own config name, so the local stack can run it beside the other
 * services in one JVM.
 */
@SpringBootApplication
public class FindingsReportApplication {

    public static final String CONFIG_NAME = "findings-report";

    public static void main(String[] args) {
        new SpringApplicationBuilder(FindingsReportApplication.class).properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
