package nl.klachtroute.localstack.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds a {@link DemoPlan} through complaint-intake's real API, signed in as the dev handler, so every
 * service downstream sees the same events as in daily use. Registrations carry an Idempotency-Key derived
 * from the plan, so running it twice does not register anything twice.
 */
public final class DemoLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final String HANDLER = "h.devries";

    /**
     * What a run did.
     *
     * @param ids the complaint id intake gave each registered plan number
     */
    public record Result(int registered, int steps, int failures, Map<Integer, String> ids) {
    }

    private final URI intake;
    private final String keyPrefix;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param intake    base URL of complaint-intake
     * @param keyPrefix prefix of the idempotency keys, e.g. the plan's seed
     */
    public DemoLoader(URI intake, String keyPrefix) {
        this.intake = intake;
        this.keyPrefix = keyPrefix;
    }

    /** Registers and moves every complaint along; {@code progress} hears the number done so far. */
    public Result load(List<DemoComplaint> complaints, int threads, IntConsumer progress) {
        AtomicInteger registered = new AtomicInteger();
        AtomicInteger steps = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Map<Integer, String> ids = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (DemoComplaint complaint : complaints) {
                pool.execute(() -> {
                    try {
                        run(complaint, registered, steps, failures, ids);
                    } finally {
                        progress.accept(done.incrementAndGet());
                    }
                });
            }
        } finally {
            pool.shutdown();
        }
        try {
            if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
        return new Result(registered.get(), steps.get(), failures.get(), Map.copyOf(ids));
    }

    private void run(DemoComplaint complaint, AtomicInteger registered, AtomicInteger steps, AtomicInteger failures,
            Map<Integer, String> ids) {
        HttpResponse<String> created = post("/api/complaints", complaint.registration(),
                keyPrefix + "-" + complaint.number());
        if (created == null || created.statusCode() != 201) {
            failures.incrementAndGet();
            // Status only: the body may repeat the fictional complainant's details.
            log.warn("Demo complaint {} was not registered: status {}", complaint.number(),
                    created == null ? "no answer" : created.statusCode());
            return;
        }
        registered.incrementAndGet();
        Matcher id = ID.matcher(created.body());
        if (!id.find()) {
            failures.incrementAndGet();
            return;
        }
        ids.put(complaint.number(), id.group(1));
        for (DemoComplaint.Step step : complaint.steps()) {
            HttpResponse<String> answer = post("/api/complaints/" + id.group(1) + "/" + step.command(), step.json(),
                    null);
            if (answer == null || answer.statusCode() != 200) {
                failures.incrementAndGet();
                log.warn("Demo complaint {}: {} answered {}", id.group(1), step.command(),
                        answer == null ? "nothing" : answer.statusCode() + " " + problemTitle(answer.body()));
                return;
            }
            steps.incrementAndGet();
        }
    }

    private HttpResponse<String> post(String path, String json, String idempotencyKey) {
        String token = Base64.getEncoder().encodeToString((HANDLER + ":klachtroute").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(intake.resolve(path))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + token)
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String problemTitle(String body) {
        Matcher title = Pattern.compile("\"detail\"\\s*:\\s*\"([^\"]{0,200})").matcher(body == null ? "" : body);
        return title.find() ? title.group(1) : "";
    }
}
