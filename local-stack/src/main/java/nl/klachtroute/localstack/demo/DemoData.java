package nl.klachtroute.localstack.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.klachtroute.support.calendar.CalendarProperties;
import nl.klachtroute.support.calendar.DutchWorkingDayCalendar;

/**
 * The demo data set of the local stack: fifteen months of fictional complaints, loaded through the intake API
 * in the background on the first start (empty store), so a new user finds living inboxes and a dashboard
 * with history; then the citizens of recent closures answer the satisfaction check linked from their outcome
 * e-mail. {@code KLACHTROUTE_DEMO=off} starts empty, {@code on} loads even into a store that has data
 * (the registrations are idempotent, so nothing is registered twice).
 */
public final class DemoData {

    /** When to load. */
    public enum Mode {
        AUTO, ON, OFF;

        public static Mode of(String value) {
            return value == null || value.isBlank() ? AUTO : valueOf(value.strip().toUpperCase(Locale.ROOT));
        }
    }

    public static final long SEED = 2026;
    public static final int MONTHS = 15;
    public static final double PER_MONTH = 40;
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** How long the citizens wait for the next outcome e-mail while notification-service sends the backlog. */
    private static final Duration FEEDBACK_PATIENCE = Duration.ofMinutes(1);

    private DemoData() {
    }

    /** The plan of the local stack for today. */
    public static List<DemoComplaint> plan(Clock clock) {
        DutchWorkingDayCalendar calendar = new DutchWorkingDayCalendar(CalendarProperties.KNOWN_DECREE_DAYS);
        return new DemoPlan(LocalDate.now(clock.withZone(AMSTERDAM)), MONTHS, PER_MONTH, calendar).complaints(SEED);
    }

    /**
     * Loads the demo set on a background thread when {@code mode} asks for it, printing progress to the console.
     *
     * @param linksInMail the satisfaction-check links in the outcome e-mails sent so far, by complaint id
     * @param dashboard   where to look once it is loaded
     */
    public static void startInBackground(Mode mode, URI intake, Supplier<Map<String, URI>> linksInMail,
            URI dashboard) {
        if (mode == Mode.OFF || mode == Mode.AUTO && !isEmpty(intake)) {
            return;
        }
        Thread loader = new Thread(() -> {
            long begin = System.nanoTime();
            List<DemoComplaint> complaints = plan(Clock.systemUTC());
            System.out.printf("Demo data: loading %d fictional complaints through the intake API "
                    + "(KLACHTROUTE_DEMO=off starts empty)...%n", complaints.size());
            int step = Math.max(1, complaints.size() / 4);
            DemoLoader.Result result = new DemoLoader(intake, "demo-" + SEED).load(complaints, 4, done -> {
                if (done % step == 0 && done < complaints.size()) {
                    System.out.printf("Demo data: %d of %d%n", done, complaints.size());
                }
            });
            System.out.printf("Demo data: loaded; the citizens of recent closures answer the satisfaction check as "
                    + "their outcome e-mails arrive (notification-service is sending the history's mail)...%n");
            DemoFeedback.Result answers = new DemoFeedback(linksInMail, FEEDBACK_PATIENCE).answer(complaints,
                    result.ids());
            System.out.printf("Demo data: %d complaints registered, %d steps, %d failures, %d satisfaction checks "
                    + "answered in %d s. Dashboard: %s%n", result.registered(), result.steps(), result.failures(),
                    answers.answered(), Duration.ofNanos(System.nanoTime() - begin).toSeconds(), dashboard);
        }, "demo-data");
        loader.setDaemon(true);
        loader.start();
    }

    private static boolean isEmpty(URI intake) {
        String token = Base64.getEncoder().encodeToString("h.devries:klachtroute".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(intake.resolve("/api/complaints?size=1"))
                .header("Authorization", "Basic " + token).timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            Matcher total = Pattern.compile("\"totalElements\"\\s*:\\s*(\\d+)").matcher(answer.body());
            return answer.statusCode() == 200 && total.find() && Long.parseLong(total.group(1)) == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
