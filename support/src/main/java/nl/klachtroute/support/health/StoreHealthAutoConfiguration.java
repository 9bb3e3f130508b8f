package nl.klachtroute.support.health;

import org.bson.Document;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Store health by {@code ping}, which every MongoDB and the embedded mongo-java-server answer. Boot's
 * own check sends {@code hello}, which the embedded store does not know, and would report DOWN
 * while the store works.
 */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class)
public class StoreHealthAutoConfiguration {

    @Bean
    HealthIndicator mongoHealthIndicator(MongoOperations mongo) {
        return () -> {
            try {
                Document answer = mongo.executeCommand(new Document("ping", 1));
                return Health.up().withDetail("ping", answer.get("ok")).build();
            } catch (RuntimeException e) {
                return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
            }
        };
    }
}
