package nl.klachtroute.notification;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Tasks and messages of the complaint route: the staff inbox (takenlijst) and the e-mail that tells
 * staff what to do, for which complaint and by when.
 */
@SpringBootApplication
public class NotificationServiceApplication {

    /** The configuration file name: {@code notification-service.yml}, so four services can share one JVM. */
    public static final String CONFIG_NAME = "notification-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(NotificationServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME).run(args);
    }
}
