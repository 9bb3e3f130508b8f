package nl.klachtroute.support.outbox;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import io.micrometer.core.instrument.MeterRegistry;

/** The outbox relay of a service, on when {@code klachtroute.outbox.collections} names a collection. */
@AutoConfiguration
@EnableConfigurationProperties(OutboxProperties.class)
@ConditionalOnProperty(prefix = "klachtroute.outbox", name = "collections[0]")
public class OutboxAutoConfiguration {

    /** Idempotent, acks=all, bounded blocking so an unreachable broker fails a round quickly. */
    public static Map<String, Object> producerSettings(String bootstrapServers) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8000);
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return props;
    }

    /** A bean, so the context closes its producer (and its network thread) on shutdown. */
    @Bean
    DefaultKafkaProducerFactory<String, String> outboxProducerFactory(
            @Value("${spring.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers) {
        return new DefaultKafkaProducerFactory<>(producerSettings(bootstrapServers));
    }

    @Bean
    KafkaTemplate<String, String> outboxKafkaTemplate(DefaultKafkaProducerFactory<String, String> outboxProducerFactory) {
        return new KafkaTemplate<>(outboxProducerFactory);
    }

    @Bean
    OutboxRelay outboxRelay(MongoOperations mongo, KafkaTemplate<String, String> outboxKafkaTemplate,
            OutboxProperties properties, ObjectProvider<MeterRegistry> meters) {
        return new OutboxRelay(mongo, outboxKafkaTemplate, properties, meters.getIfAvailable());
    }

    @Bean
    OutboxRelayRunner outboxRelayRunner(OutboxRelay relay, OutboxProperties properties) {
        return new OutboxRelayRunner(relay, properties);
    }

    /** Runs the relay on its own thread at a fixed delay, for as long as the application runs. */
    static final class OutboxRelayRunner implements SmartLifecycle {

        private static final Logger log = LoggerFactory.getLogger(OutboxRelayRunner.class);
        private final OutboxRelay relay;
        private final OutboxProperties properties;
        private ScheduledExecutorService executor;

        OutboxRelayRunner(OutboxRelay relay, OutboxProperties properties) {
            this.relay = relay;
            this.properties = properties;
        }

        @Override
        public void start() {
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "outbox-relay");
                thread.setDaemon(true);
                return thread;
            });
            long delay = properties.pollInterval().toMillis();
            executor.scheduleWithFixedDelay(this::round, delay, delay, TimeUnit.MILLISECONDS);
        }

        private void round() {
            try {
                relay.publishPending();
            } catch (RuntimeException e) {
                // A store outage must not kill the schedule; the next round tries again.
                log.warn("Outbox round failed: {}", e.getMessage());
            }
        }

        @Override
        public void stop() {
            executor.shutdown();
            try {
                executor.awaitTermination(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public boolean isRunning() {
            return executor != null && !executor.isShutdown();
        }
    }
}
