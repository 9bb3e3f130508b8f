package nl.klachtroute.support.health;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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

    @Bean(destroyMethod = "close")
    StorePing mongoHealthIndicator(MongoOperations mongo) {
        return new StorePing(mongo, Duration.ofSeconds(2));
    }

    /**
     * Answers within a bound: with the store gone, a ping waits for the driver's server selection (30 s), and
     * a health check that hangs that long tells the operator nothing. One ping is in flight at a time, so
     * repeated checks during an outage do not pile up threads.
     */
    static final class StorePing implements HealthIndicator, AutoCloseable {

        private final MongoOperations mongo;
        private final Duration bound;
        private final ExecutorService pinger = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "store-health");
            t.setDaemon(true);
            return t;
        });
        private Future<Document> inFlight;

        StorePing(MongoOperations mongo, Duration bound) {
            this.mongo = mongo;
            this.bound = bound;
        }

        @Override
        public Health health() {
            Future<Document> ping;
            synchronized (this) {
                if (inFlight == null || inFlight.isDone()) {
                    inFlight = pinger.submit(() -> mongo.executeCommand(new Document("ping", 1)));
                }
                ping = inFlight;
            }
            try {
                return Health.up().withDetail("ping", ping.get(bound.toMillis(), TimeUnit.MILLISECONDS).get("ok"))
                        .build();
            } catch (TimeoutException e) {
                return Health.down().withDetail("error", "no answer within " + bound.toSeconds() + " s").build();
            } catch (ExecutionException e) {
                return Health.down().withDetail("error", e.getCause().getClass().getSimpleName()).build();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Health.down().build();
            }
        }

        @Override
        public void close() {
            pinger.shutdownNow();
        }
    }
}
