package nl.klachtroute.benchmarks;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

import nl.klachtroute.events.Topics;

/**
 * Intake (issue 8, 1): complaints per second through {@code POST /api/complaints} at rising concurrency until
 * saturation, against the raw baseline of the same document inserted with the plain MongoDB driver and the
 * same event produced with a plain Kafka producer; then the latency at half the saturation rate, open loop
 * (measured from when each request was due, so a stall is not hidden).
 */
final class IntakeBenchmark {

    static final String HANDLER = "h.devries";
    private static final String RAW_TOPIC = "klachtroute.bench.raw";
    private static final List<String> DOWNSTREAM = List.of("findings-report", "notification-service",
            "analytics-service");

    private final Bench bench;
    private final URI complaints;

    IntakeBenchmark(Bench bench) {
        this.bench = bench;
        this.complaints = bench.url("complaint-intake", "/api/complaints");
    }

    void run(Results results) {
        String sample = Bench.idOf(bench.post(complaints, HANDLER, Bench.complaintBody()));
        Document document = bench.database("klachtroute-intake").getCollection("complaints")
                .find(Filters.eq("_id", sample)).first();
        if (document == null) {
            throw new IllegalStateException("complaint " + sample + " not in the store");
        }
        byte[] event = registrationOf(sample);
        bench.createTopic(RAW_TOPIC);

        List<Double> raw = new ArrayList<>();
        List<Double> alone = new ArrayList<>();
        List<Double> ratio = new ArrayList<>();
        List<Double> saturatedAt = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        List<Double> max = new ArrayList<>();
        List<Double> withRoute = new ArrayList<>();
        List<Double> withRouteP50 = new ArrayList<>();
        List<Double> withRouteP99 = new ArrayList<>();
        for (int run = 1; run <= bench.settings.runs(); run++) {
            System.out.println("Intake, run " + run);
            Level rawBest = saturate("raw", threads -> rawLevel(threads, document, event));

            // Intake on its own, as on its own machine: the services that react to a registration are stopped
            // and catch up afterwards (a burst after a mailing, as the complaint team feels it).
            bench.settle(Duration.ofMinutes(5));
            DOWNSTREAM.forEach(bench.stack::stopService);
            Level aloneBest = saturate("api", this::apiLevel);
            Histogram half = openLoop(aloneBest.perSecond() / 2, Math.max(16, aloneBest.threads() * 2));
            DOWNSTREAM.forEach(bench.stack::startService);
            bench.settle(Duration.ofMinutes(5));

            // The same with the whole route reacting in this JVM on the same cores.
            Level routeBest = saturate("api+route", this::apiLevel);
            bench.settle(Duration.ofMinutes(5));
            Histogram routeHalf = openLoop(routeBest.perSecond() / 2, Math.max(16, routeBest.threads() * 2));
            bench.settle(Duration.ofMinutes(5));

            raw.add(rawBest.perSecond());
            alone.add(aloneBest.perSecond());
            ratio.add(aloneBest.perSecond() / rawBest.perSecond());
            saturatedAt.add((double) aloneBest.threads());
            p50.add(millis(half.getValueAtPercentile(50)));
            p99.add(millis(half.getValueAtPercentile(99)));
            max.add(millis(half.getMaxValue()));
            withRoute.add(routeBest.perSecond());
            withRouteP50.add(millis(routeHalf.getValueAtPercentile(50)));
            withRouteP99.add(millis(routeHalf.getValueAtPercentile(99)));
        }
        results.add(new Figure("intake.raw insert+produce", "/s", raw, null));
        results.add(new Figure("intake.api saturation", "/s", alone, null));
        results.add(new Figure("intake.api saturation concurrency", "threads", saturatedAt, null));
        results.add(new Figure("intake.api / raw", "ratio", ratio, Figure.Target.atLeast(0.40)));
        results.add(new Figure("intake.api p50 at half saturation", "ms", p50, null));
        results.add(new Figure("intake.api p99 at half saturation", "ms", p99, Figure.Target.below(50)));
        results.add(new Figure("intake.api max at half saturation", "ms", max, null));
        results.add(new Figure("intake.api+route saturation (route reacting on the same cores)", "/s", withRoute,
                null));
        results.add(new Figure("intake.api+route p50 at half its saturation", "ms", withRouteP50, null));
        results.add(new Figure("intake.api+route p99 at half its saturation", "ms", withRouteP99, null));
        results.note("intake.api: complaint-intake with findings-report, notification-service and analytics-service"
                + " stopped (they catch up afterwards); intake.api+route: with them reacting in the same JVM");
    }

    /** Throughput at one concurrency level. */
    record Level(int threads, double perSecond, Histogram latency) {
    }

    interface LevelRun {
        Level at(int threads);
    }

    /** Rising concurrency until two levels in a row add less than 5 %; the best level. */
    private Level saturate(String what, LevelRun level) {
        Level best = null;
        int flat = 0;
        for (int threads : bench.settings.concurrency()) {
            Level measured = level.at(threads);
            System.out.printf("  %-4s %3d threads: %8.0f /s, p99 %6.1f ms%n", what, threads, measured.perSecond(),
                    millis(measured.latency().getValueAtPercentile(99)));
            if (best == null || measured.perSecond() >= best.perSecond() * 1.05) {
                best = measured;
                flat = 0;
            } else if (++flat == 2) {
                break;
            }
        }
        return best;
    }

    private Level apiLevel(int threads) {
        return closedLoop(threads, () -> {
            HttpResponse<String> response = bench.post(complaints, HANDLER, Bench.complaintBody());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " " + response.body());
            }
        }, () -> { });
    }

    private Level rawLevel(int threads, Document document, byte[] event) {
        MongoCollection<Document> collection = bench.database("klachtroute-bench").getCollection("complaints");
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bench.kafka());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        // The outbox relay's producer settings (acks=all, idempotent), bounded so a broker problem fails the run.
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
            return closedLoop(threads, () -> {
                String id = UUID.randomUUID().toString();
                Document copy = new Document(document);
                copy.put("_id", id);
                collection.insertOne(copy);
                producer.send(new ProducerRecord<>(RAW_TOPIC, id, event));
            }, producer::flush);
        }
    }

    /**
     * Each thread repeats the operation for the level's time (after a warm-up of a quarter of it); the count
     * includes only operations that finished, the time includes {@code finish} (e.g. the producer's flush).
     */
    private Level closedLoop(int threads, Runnable operation, Runnable finish) {
        Duration length = Duration.ofSeconds(bench.settings.levelSeconds());
        runFor(threads, length.dividedBy(4), operation, new Histogram(3));
        Histogram latency = new Histogram(3);
        long begin = System.nanoTime();
        long done = runFor(threads, length, operation, latency);
        finish.run();
        double seconds = (System.nanoTime() - begin) / 1e9;
        return new Level(threads, done / seconds, latency);
    }

    private static long runFor(int threads, Duration length, Runnable operation, Histogram into) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + length.toNanos();
        AtomicLong done = new AtomicLong();
        List<Future<Histogram>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            parts.add(pool.submit(() -> {
                Histogram mine = new Histogram(3);
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    operation.run();
                    mine.recordValue(System.nanoTime() - start);
                    done.incrementAndGet();
                }
                return mine;
            }));
        }
        try {
            for (Future<Histogram> part : parts) {
                into.add(part.get());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        return done.get();
    }

    /** Requests due at a fixed rate for the level's time; latency from when each was due. */
    private Histogram openLoop(double perSecond, int threads) {
        System.out.printf("  open loop at %.0f /s%n", perSecond);
        long period = (long) (1e9 / perSecond);
        long begin = System.nanoTime() + 100_000_000L;
        long slots = (long) (perSecond * bench.settings.levelSeconds());
        AtomicLong next = new AtomicLong();
        Histogram latency = new Histogram(3);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch finished = new CountDownLatch(threads);
        List<Future<Histogram>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            parts.add(pool.submit(() -> {
                Histogram mine = new Histogram(3);
                try {
                    for (long slot = next.getAndIncrement(); slot < slots; slot = next.getAndIncrement()) {
                        long due = begin + slot * period;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            LockSupport.parkNanos(wait);
                        }
                        HttpResponse<String> response = bench.post(complaints, HANDLER, Bench.complaintBody());
                        if (response.statusCode() != 201) {
                            throw new IllegalStateException("HTTP " + response.statusCode());
                        }
                        mine.recordValue(System.nanoTime() - due);
                    }
                } finally {
                    finished.countDown();
                }
                return mine;
            }));
        }
        try {
            finished.await();
            for (Future<Histogram> part : parts) {
                latency.add(part.get());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        return latency;
    }

    /** The ComplaintRegistered record complaint-intake put on the topic for the complaint, as bytes. */
    private byte[] registrationOf(String complaintId) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bench.kafka());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.COMPLAINT).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (complaintId.equals(record.key())
                            && new String(record.value(), StandardCharsets.UTF_8).contains("ComplaintRegistered")) {
                        return record.value();
                    }
                }
            }
        }
        throw new IllegalStateException("no ComplaintRegistered for " + complaintId + " on " + Topics.COMPLAINT);
    }

    static double millis(long nanos) {
        return nanos / 1e6;
    }
}
