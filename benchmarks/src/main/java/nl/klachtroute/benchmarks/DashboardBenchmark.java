package nl.klachtroute.benchmarks;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.bson.Document;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

/**
 * Dashboard queries (issue 8, 4): with the configured number of complaints in the read models (history
 * topped up with registrations through the live consumer), the p95 of each API call the dashboard page
 * makes for a year, and of the landing figures over all years.
 */
final class DashboardBenchmark {

    private static final int YEAR = 2025;
    private static final Duration PATIENCE_PER_CALL = Duration.ofSeconds(60);

    private final Bench bench;
    private final History history;

    DashboardBenchmark(Bench bench, History history) {
        this.bench = bench;
        this.history = history;
    }

    void run(Results results) {
        long facts = facts();
        if (facts < bench.settings.dashboardComplaints()) {
            int more = (int) (bench.settings.dashboardComplaints() - facts);
            System.out.println("Dashboard: " + facts + " complaints in the read models; registering " + more + " more");
            history.registrations(more);
            long deadline = System.nanoTime() + Duration.ofHours(2).toNanos();
            while (bench.lag("analytics-service") > 0 && System.nanoTime() < deadline) {
                Bench.pause(Duration.ofMillis(500));
            }
            facts = facts();
        }
        results.note("dashboard measured with " + facts + " complaints in the read models");

        Map<String, List<Double>> p95 = new LinkedHashMap<>();
        for (int run = 1; run <= bench.settings.runs(); run++) {
            System.out.println("Dashboard, run " + run);
            for (Map.Entry<String, String> call : calls().entrySet()) {
                Histogram latency = sample(bench.url("analytics-service", call.getValue()), results, call.getKey());
                p95.computeIfAbsent(call.getKey(), k -> new ArrayList<>())
                        .add(IntakeBenchmark.millis(latency.getValueAtPercentile(95)));
            }
        }
        p95.forEach((name, values) -> results.add(new Figure("dashboard p95 " + name, "ms", values,
                Figure.Target.below(100))));
    }

    /** The calls of the dashboard page (dashboard.js) for one year, and the landing figures. */
    private static Map<String, String> calls() {
        String period = "from=" + YEAR + "-01-01&to=" + YEAR + "-12-31";
        Map<String, String> calls = new LinkedHashMap<>();
        calls.put("kpis year", "/api/analytics/kpis?period=year&" + period);
        calls.put("kpis month", "/api/analytics/kpis?period=month&" + period);
        calls.put("kpis by category", "/api/analytics/kpis?period=year&groupBy=category&" + period);
        calls.put("kpis by department", "/api/analytics/kpis?period=year&groupBy=department&" + period);
        calls.put("kpis by team", "/api/analytics/kpis?period=year&groupBy=team&" + period);
        calls.put("quarterly table", "/api/analytics/reports/quarterly?format=json&from=" + YEAR + "-Q1&to=" + YEAR + "-Q4");
        calls.put("signals", "/api/analytics/signals");
        calls.put("kpis all years", "/api/analytics/kpis?period=year");
        calls.put("summary", "/api/analytics/summary");
        return calls;
    }

    private Histogram sample(URI uri, Results results, String name) {
        check(bench.get(uri, ReplayBenchmark.ANALYST), uri); // warm-up, not counted
        Histogram latency = new Histogram(3);
        long deadline = System.nanoTime() + PATIENCE_PER_CALL.toNanos();
        for (int i = 0; i < bench.settings.dashboardSamples() && System.nanoTime() < deadline; i++) {
            long start = System.nanoTime();
            check(bench.get(uri, ReplayBenchmark.ANALYST), uri);
            latency.recordValue(System.nanoTime() - start);
        }
        if (latency.getTotalCount() < bench.settings.dashboardSamples()) {
            results.note("dashboard " + name + ": only " + latency.getTotalCount() + " calls in "
                    + PATIENCE_PER_CALL.toSeconds() + " s");
        }
        return latency;
    }

    private static void check(HttpResponse<String> response, URI uri) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + ": HTTP " + response.statusCode() + " " + response.body());
        }
    }

    /** Complaint facts in the active generation of analytics' read model. */
    private long facts() {
        MongoDatabase analytics = bench.database("klachtroute-analytics");
        Document pointer = analytics.getCollection("analytics_generation").find(Filters.eq("_id", "facts")).first();
        String collection = pointer == null ? "complaint_facts" : pointer.getString("collection");
        return analytics.getCollection(collection).countDocuments();
    }
}
