package nl.klachtroute.support.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import nl.klachtroute.support.outbox.OutboxAutoConfiguration;

/**
 * Reads the dead-letter topics with a short-lived consumer (no group: nothing is committed) and replays a
 * record with a plain producer. Gauge {@value #GAUGE} (tag {@code topic}) shows how many records wait.
 */
class KafkaDeadLetters implements DeadLetters {

    static final String GAUGE = "klachtroute.deadletters";
    private static final Duration POLL = Duration.ofMillis(500);
    /** A dead-letter topic is named {@code <topic>.<consumer group>.dlq} (Topics.deadLetter). */
    private static final Pattern DEAD_LETTER_NAME = Pattern.compile("(.+)\\.[^.]+\\.dlq");
    private final String brokers;
    private final String clientId;
    private final List<String> topics;

    KafkaDeadLetters(String brokers, String service, List<String> topics, MeterRegistry meters) {
        this.brokers = brokers;
        this.clientId = service + "-dlq-";
        this.topics = List.copyOf(topics);
        for (String topic : topics) {
            Gauge.builder(GAUGE, this, d -> d.countOrNaN(topic)).tag("topic", topic)
                    .description("records on the dead-letter topic").register(meters);
        }
    }

    @Override
    public List<String> topics() {
        return topics;
    }

    private double countOrNaN(String topic) {
        try {
            return count(topic);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    @Override
    public long count(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            return partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
        }
    }

    @Override
    public List<DeadLetter> list(String topic, int limit) {
        List<DeadLetter> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (found.size() < limit && partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
                    found.add(new DeadLetter(r.topic(), r.partition(), r.offset(), r.key(),
                            Instant.ofEpochMilli(r.timestamp()), header(r, "x-original-topic"),
                            header(r, "x-exception-fqcn")));
                }
            }
        }
        found.sort((a, b) -> a.at().compareTo(b.at()));
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    @Override
    public boolean replay(String topic, int partition, long offset) {
        ConsumerRecord<String, byte[]> record = null;
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            TopicPartition p = new TopicPartition(topic, partition);
            if (partitions(consumer, topic).stream().noneMatch(p::equals)
                    || consumer.endOffsets(List.of(p)).get(p) <= offset) {
                return false;
            }
            consumer.assign(List.of(p));
            consumer.seek(p, offset);
            for (int i = 0; i < 10 && record == null; i++) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
                    if (r.offset() == offset) {
                        record = r;
                    }
                }
            }
        }
        if (record == null) {
            return false;
        }
        String target = originalTopic(topic, header(record, "x-original-topic"));
        if (target == null) {
            return false;
        }
        Map<String, Object> settings = new HashMap<>(OutboxAutoConfiguration.producerSettings(brokers));
        settings.put("key.serializer", StringSerializer.class);
        settings.put("value.serializer", ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(settings)) {
            producer.send(new ProducerRecord<>(target, record.key(), record.value())).get(10, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replay interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("replay failed: " + e.getClass().getSimpleName(), e);
        }
    }

    /** The topic a dead letter came from: the binder's header, else the dead-letter topic's name. */
    static String originalTopic(String deadLetterTopic, String header) {
        if (header != null && !header.isBlank()) {
            return header;
        }
        Matcher name = DEAD_LETTER_NAME.matcher(deadLetterTopic);
        return name.matches() ? name.group(1) : null;
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> settings = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.CLIENT_ID_CONFIG, clientId + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        return new KafkaConsumer<>(settings);
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
        return infos == null ? List.of() : infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
