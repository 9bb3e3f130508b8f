package nl.klachtroute.benchmarks;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.Topics;

/**
 * Analytics replay (issue 8, 3): the read models rebuilt from the events on the topics
 * ({@code POST /api/analytics/rebuild}), against the raw baseline of a plain Kafka consumer reading and
 * JSON-parsing the same records. Also how fast the live consumer catches up with history it has not seen.
 * findings-report and notification-service are stopped first: history is not new work for them.
 */
final class ReplayBenchmark {

    static final String ANALYST = "an.peters";
    private static final String GROUP = "analytics-service";
    private static final List<String> TOPICS = List.of(Topics.COMPLAINT, Topics.FINDINGS);

    private final Bench bench;
    private final History history;

    ReplayBenchmark(Bench bench, History history) {
        this.bench = bench;
        this.history = history;
    }

    void run(Results results) {
        bench.stack.stopService("findings-report");
        bench.stack.stopService("notification-service");
        bench.stack.stopService("analytics-service");
        System.out.println("Replay: " + bench.settings.replayEvents() + " events of history on the topic");
        long produceBegin = System.nanoTime();
        int complaints = history.routes(bench.settings.replayEvents());
        double produceSeconds = (System.nanoTime() - produceBegin) / 1e9;
        long records = recordsOnTopics();
        results.note("replay history: " + complaints + " complaints, " + records + " records on the complaint and "
                + "findings topics (produced at " + Math.round(complaints * History.EVENTS_PER_ROUTE / produceSeconds)
                + " /s)");

        long catchUpBegin = System.nanoTime();
        bench.stack.startService("analytics-service");
        awaitCatchUp();
        double catchUp = complaints * History.EVENTS_PER_ROUTE / ((System.nanoTime() - catchUpBegin) / 1e9);

        List<Double> raw = new ArrayList<>();
        List<Double> rebuild = new ArrayList<>();
        List<Double> ratio = new ArrayList<>();
        for (int run = 1; run <= bench.settings.runs(); run++) {
            System.out.println("Replay, run " + run);
            double rawRate = records / rawConsume();
            double rebuildRate = rebuild();
            System.out.printf("  raw %.0f /s, rebuild %.0f /s%n", rawRate, rebuildRate);
            raw.add(rawRate);
            rebuild.add(rebuildRate);
            ratio.add(rebuildRate / rawRate);
        }
        results.add(new Figure("replay.raw consume+parse", "/s", raw, null));
        results.add(new Figure("replay.analytics rebuild", "/s", rebuild, null));
        results.add(new Figure("replay.analytics rebuild / raw", "ratio", ratio, Figure.Target.atLeast(0.50)));
        results.add(new Figure("replay.analytics live consumer catch-up", "/s", List.of(catchUp), null));
        results.add(new Figure("replay.analytics live catch-up / raw", "ratio",
                List.of(catchUp / raw.get(raw.size() / 2)), null));
    }

    /** Until the live consumer has read every record (its group's lag is 0 once it has committed). */
    private void awaitCatchUp() {
        long deadline = System.nanoTime() + Duration.ofHours(2).toNanos();
        while (bench.lag(GROUP) > 0 || !bench.hasCommitted(GROUP)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("analytics did not catch up in 2 hours");
            }
            Bench.pause(Duration.ofMillis(200));
        }
    }

    private long recordsOnTopics() {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            return consumer.endOffsets(partitions).entrySet().stream()
                    .mapToLong(e -> e.getValue() - begin.get(e.getKey())).sum();
        }
    }

    /** Seconds a plain consumer needs to read and parse every record on the topics. */
    private double rawConsume() {
        EventCodec codec = new EventCodec();
        long begin = System.nanoTime();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            long parsed = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    try {
                        codec.decode(new String(record.value(), StandardCharsets.UTF_8));
                        parsed++;
                    } catch (RuntimeException e) {
                        // a poison record; the rebuild skips it too
                    }
                }
            }
            if (parsed == 0) {
                throw new IllegalStateException("nothing parsed");
            }
        }
        return (System.nanoTime() - begin) / 1e9;
    }

    /** Records per second of one rebuild, from its own progress report. */
    private double rebuild() {
        URI uri = bench.url("analytics-service", "/api/analytics/rebuild");
        HttpResponse<String> started = bench.post(uri, ANALYST, "");
        if (started.statusCode() != 202) {
            throw new IllegalStateException("rebuild refused: HTTP " + started.statusCode() + " " + started.body());
        }
        long begin = System.nanoTime();
        String progress = started.body();
        while (!progress.contains("\"DONE\"")) {
            if (progress.contains("\"FAILED\"")) {
                throw new IllegalStateException("rebuild failed: " + progress);
            }
            Bench.pause(Duration.ofMillis(100));
            progress = bench.get(uri, ANALYST).body();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        return number(progress, "read") / seconds;
    }

    private static long number(String json, String field) {
        int at = json.indexOf("\"" + field + "\"");
        if (at < 0) {
            throw new IllegalStateException("no " + field + " in " + json);
        }
        int start = json.indexOf(':', at) + 1;
        int end = start;
        while (end < json.length() && (Character.isDigit(json.charAt(end)) || json.charAt(end) == ' ')) {
            end++;
        }
        return Long.parseLong(json.substring(start, end).trim());
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bench.kafka());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        return new KafkaConsumer<>(props);
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        return partitions;
    }
}
