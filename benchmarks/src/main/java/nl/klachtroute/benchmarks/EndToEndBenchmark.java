package nl.klachtroute.benchmarks;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import nl.klachtroute.events.Topics;

/**
 * End to end (issue 8, 2): at a steady rate, the time from {@code POST /api/complaints} returning to the first
 * task for that complaint being readable in notification-service. notification-service announces a task
 * ({@code TaskCreated}, keyed by complaint) only after it is stored, so the time until the announcement is
 * read is an upper bound of the time until the inbox shows it; watching the store or the API instead
 * would itself load the store the figure is about.
 */
final class EndToEndBenchmark {

    private final Bench bench;
    private final URI complaints;

    EndToEndBenchmark(Bench bench) {
        this.bench = bench;
        this.complaints = bench.url("complaint-intake", "/api/complaints");
    }

    void run(Results results) {
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        List<Double> max = new ArrayList<>();
        List<Double> lastFifth = new ArrayList<>();
        List<Double> rate = new ArrayList<>();
        int warmUp = bench.settings.endToEndWarmUpSeconds();
        for (int run = 1; run <= bench.settings.runs(); run++) {
            if (warmUp > 0) {
                System.out.println("End to end, warm-up " + warmUp + " s before run " + run);
                once(warmUp);
                bench.settle(Duration.ofMinutes(5));
            }
            System.out.println("End to end, run " + run);
            Outcome outcome = once(bench.settings.endToEndSeconds());
            p50.add(IntakeBenchmark.millis(outcome.latency().getValueAtPercentile(50)));
            p99.add(IntakeBenchmark.millis(outcome.latency().getValueAtPercentile(99)));
            max.add(IntakeBenchmark.millis(outcome.latency().getMaxValue()));
            lastFifth.add(IntakeBenchmark.millis(outcome.lastFifth().getMaxValue()));
            rate.add(outcome.perSecond());
            if (outcome.missing() > 0) {
                results.note("end to end run " + run + ": " + outcome.missing() + " complaints had no task after 60 s");
            }
            bench.settle(Duration.ofMinutes(5));
        }
        results.add(new Figure("end-to-end registered rate", "/s", rate, null));
        results.add(new Figure("end-to-end p50 (POST returned -> task readable)", "ms", p50, null));
        results.add(new Figure("end-to-end p99", "ms", p99, Figure.Target.below(500)));
        results.add(new Figure("end-to-end max", "ms", max, null));
        results.add(new Figure("end-to-end max of the last fifth (a queue that grows shows here)", "ms", lastFifth,
                null));
        if (warmUp > 0) {
            results.note("end to end: each run follows " + warmUp + " s at the same rate that are not counted (the "
                    + "JIT compiles the route's code; a cold stack starts with a queue)");
        }
    }

    /** @param lastFifth the latencies of the complaints whose POST returned in the last fifth of the run */
    record Outcome(Histogram latency, Histogram lastFifth, double perSecond, int missing) {
    }

    private Outcome once(int seconds) {
        int rate = bench.settings.endToEndRate();
        long total = (long) rate * seconds;
        long lastFifthFrom = Duration.ofSeconds(seconds).toNanos() * 4 / 5;
        Histogram lastFifth = new Histogram(3);
        Map<String, Long> waiting = new ConcurrentHashMap<>();
        Map<String, Long> seen = new ConcurrentHashMap<>();
        Histogram latency = new Histogram(3);
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        ExecutorService senders = Executors.newFixedThreadPool(32);
        AtomicLong sent = new AtomicLong();
        AtomicLong lastReturned = new AtomicLong();
        long found;
        try (KafkaConsumer<String, byte[]> consumer = tasksCreated()) {
            long begin = System.nanoTime();
            ticks.scheduleAtFixedRate(() -> {
                if (sent.getAndIncrement() < total) {
                    senders.execute(() -> {
                        String id = Bench.idOf(bench.post(complaints, IntakeBenchmark.HANDLER, Bench.complaintBody()));
                        long returned = System.nanoTime();
                        lastReturned.accumulateAndGet(returned, Math::max);
                        Long taskAt = seen.remove(id);
                        if (taskAt != null) {
                            synchronized (latency) {
                                latency.recordValue(0); // the task was announced before the answer arrived
                            }
                        } else {
                            waiting.put(id, returned);
                        }
                    });
                }
            }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
            long deadline = Long.MAX_VALUE;
            while (count(latency) < total && System.nanoTime() < deadline) {
                if (sent.get() >= total && deadline == Long.MAX_VALUE) {
                    deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                    long at = System.nanoTime();
                    if (!new String(record.value(), StandardCharsets.UTF_8).contains("\"TaskCreated\"")) {
                        continue;
                    }
                    Long returned = waiting.remove(record.key());
                    if (returned != null) {
                        synchronized (latency) {
                            latency.recordValue(Math.max(0, at - returned));
                        }
                        if (returned - begin >= lastFifthFrom) {
                            lastFifth.recordValue(Math.max(0, at - returned));
                        }
                    } else {
                        seen.putIfAbsent(record.key(), at);
                    }
                }
            }
            found = count(latency);
            ticks.shutdownNow();
            senders.shutdown();
            double elapsed = (lastReturned.get() - begin) / 1e9;
            return new Outcome(latency, lastFifth, total / Math.max(elapsed, 1e-3), (int) (total - found));
        }
    }

    private static long count(Histogram latency) {
        synchronized (latency) {
            return latency.getTotalCount();
        }
    }

    /** Reads TaskCreated from the notification topic, from its end: published once the task is stored. */
    private KafkaConsumer<String, byte[]> tasksCreated() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bench.kafka());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.NOTIFICATION).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fix the start before the first registration
        return consumer;
    }
}
