package nl.klachtroute.support.outbox;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import nl.klachtroute.support.schedule.FixedDelaySchedule;

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

    /** Points the relay at the aggregates saved with pending events. */
    @Bean
    OutboxPointers outboxPointers(ObjectProvider<MongoOperations> mongo, OutboxProperties properties) {
        return new OutboxPointers(mongo, properties.collections());
    }

    /** Publishes pending events every poll interval, on its own thread. */
    @Bean
    FixedDelaySchedule outboxRelaySchedule(OutboxRelay relay, OutboxProperties properties) {
        return new FixedDelaySchedule("outbox-relay", relay::publishPending, properties.pollInterval(),
                properties.pollInterval());
    }
}
