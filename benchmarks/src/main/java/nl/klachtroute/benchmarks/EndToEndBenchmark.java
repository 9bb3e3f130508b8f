package nl.klachtroute.benchmarks;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

/**
 * End to end (issue 8, 2): at a steady rate, the time from {@code POST /api/complaints} returning to the first
 * task for that complaint being readable in notification-service (stored, so the inbox API shows it). A
 * watcher asks the store every few milliseconds for the tasks of the complaints still waiting; its interval
 * is the resolution of the figure.
 */
final class EndToEndBenchmark {

    private static final Duration WATCH_INTERVAL = Duration.ofMillis(5);

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
        List<Double> rate = new ArrayList<>();
        for (int run = 1; run <= bench.settings.runs(); run++) {
            System.out.println("End to end, run " + run);
            Outcome outcome = once();
            p50.add(IntakeBenchmark.millis(outcome.latency().getValueAtPercentile(50)));
            p99.add(IntakeBenchmark.millis(outcome.latency().getValueAtPercentile(99)));
            max.add(IntakeBenchmark.millis(outcome.latency().getMaxValue()));
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
    }

    record Outcome(Histogram latency, double perSecond, int missing) {
    }

    private Outcome once() {
        int rate = bench.settings.endToEndRate();
        long total = (long) rate * bench.settings.endToEndSeconds();
        Map<String, Long> waiting = new ConcurrentHashMap<>();
        Histogram latency = new Histogram(3);
        MongoCollection<Document> tasks = bench.database("klachtroute-notification").getCollection("tasks");
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        ExecutorService senders = Executors.newFixedThreadPool(32);
        AtomicLong sent = new AtomicLong();
        AtomicLong lastReturned = new AtomicLong();
        long begin = System.nanoTime();
        ticks.scheduleAtFixedRate(() -> {
            if (sent.getAndIncrement() < total) {
                senders.execute(() -> {
                    String id = Bench.idOf(bench.post(complaints, IntakeBenchmark.HANDLER, Bench.complaintBody()));
                    long returned = System.nanoTime();
                    waiting.put(id, returned);
                    lastReturned.accumulateAndGet(returned, Math::max);
                });
            }
        }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
        long found = 0;
        long deadline = Long.MAX_VALUE;
        while (found < total && System.nanoTime() < deadline) {
            if (sent.get() >= total && deadline == Long.MAX_VALUE) {
                deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            }
            if (!waiting.isEmpty()) {
                List<String> ids = new ArrayList<>(waiting.keySet());
                for (Document task : tasks.find(Filters.in("complaintId", ids))
                        .projection(Projections.include("complaintId"))) {
                    Long returned = waiting.remove(task.getString("complaintId"));
                    if (returned != null) {
                        latency.recordValue(Math.max(0, System.nanoTime() - returned));
                        found++;
                    }
                }
            }
            Bench.pause(WATCH_INTERVAL);
        }
        ticks.shutdownNow();
        senders.shutdown();
        double seconds = (lastReturned.get() - begin) / 1e9;
        return new Outcome(latency, total / Math.max(seconds, 1e-3), (int) (total - found));
    }
}
