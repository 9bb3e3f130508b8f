package nl.klachtroute.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import tools.jackson.databind.JsonNode;

import nl.klachtroute.localstack.demo.DemoComplaint;
import nl.klachtroute.localstack.demo.DemoFeedback;
import nl.klachtroute.localstack.demo.DemoLoader;
import nl.klachtroute.localstack.demo.DemoPlan;
import nl.klachtroute.support.calendar.CalendarProperties;
import nl.klachtroute.support.calendar.DutchWorkingDayCalendar;

/**
 * The demo generator on the real stack: four months of fictional complaints go through the intake API
 * without one refusal, and analytics counts exactly what the plan says happened (volumes, contact in time,
 * the endings, closures in time), and the dashboard shows that year in a real browser (Debian's chromium),
 * so a new user who opens it sees the history that was loaded. The citizens of recent closures answer the
 * satisfaction check through the link in their outcome e-mail, and analytics and the handlers' inboxes show it.
 */
class DemoDataEndToEndTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path data;
    private static LocalStack stack;
    private static List<DemoComplaint> plan;
    private static DemoLoader.Result loaded;
    private static DemoFeedback.Result answered;

    @BeforeAll
    static void loadTheDemoSet() {
        stack = LocalStack.start(LocalStack.Config.freePorts(data, false));
        plan = new DemoPlan(TODAY, 4, 25, new DutchWorkingDayCalendar(CalendarProperties.KNOWN_DECREE_DAYS))
                .complaints(7);
        loaded = new DemoLoader(stack.service("complaint-intake").url(), "demo-test").load(plan, 4, done -> { });
        answered = new DemoFeedback(stack::feedbackLinksInMail, Duration.ofSeconds(60)).answer(plan, loaded.ids());
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void everyComplaintAndStepOfThePlanIsAccepted() {
        assertThat(loaded.failures()).isZero();
        assertThat(loaded.registered()).isEqualTo(plan.size());
        assertThat(loaded.steps()).isEqualTo(plan.stream().mapToInt(c -> c.steps().size()).sum());
    }

    @Test
    void analyticsCountsWhatThePlanSaysHappened() {
        JsonNode totals = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(DemoDataEndToEndTest::allTime, t -> count(t, "received") == plan.size()
                        && count(t.get("endings"), "CLOSED") + count(t.get("endings"), "RESOLVED_INFORMALLY")
                                + count(t.get("endings"), "NOT_HANDLED") + count(t.get("endings"), "WITHDRAWN")
                                == planned(c -> c.ending() != DemoComplaint.Ending.OPEN)
                        && count(t, "ombudsmanReferrals") == planned(
                                c -> c.ending() == DemoComplaint.Ending.REFERRED_TO_OMBUDSMAN));

        assertThat(count(totals.get("endings"), "CLOSED")).isEqualTo(planned(c -> c.closedOn() != null));
        assertThat(count(totals.get("endings"), "RESOLVED_INFORMALLY"))
                .isEqualTo(planned(c -> c.ending() == DemoComplaint.Ending.RESOLVED_INFORMALLY));
        assertThat(totals.get("handledOnTime").get("count").asLong())
                .isEqualTo(planned(c -> c.closedOn() != null && c.closedInTime()));
        assertThat(totals.get("contactedWithin5WorkingDays").get("count").asLong())
                .isEqualTo(planned(c -> c.contactedOn() != null && !c.contactedLate()));
    }

    @Test
    void theCitizensWhoAnsweredTheirOutcomeMailAreCountedAndTheUnhappyOnesAreInTheirHandlersInbox() {
        long planned = planned(c -> c.feedback() != null);
        assertThat(answered.answered()).as("every planned answer went through the page").isEqualTo(planned);
        assertThat(answered.missed()).isZero();

        awaitAnswersCounted();
        long unhappy = planned(c -> c.feedback() != null && c.feedback().unhappy());
        URI notification = stack.service("notification-service").url();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Stream.of("h.devries", "h.smit",
                "sis.lead").mapToLong(handler -> openFollowUps(notification, handler)).sum())
                .as("a follow-up task per unhappy answer").isEqualTo(unhappy));
    }

    /**
     * Waits until analytics counted the planned feedback answers (or, with fewer than five, shows them as a
     * suppressed cell); returns how many there are.
     */
    private static long awaitAnswersCounted() {
        long planned = planned(c -> c.feedback() != null);
        URI analytics = stack.service("analytics-service").url();
        String year = "/api/analytics/feedback?period=year&from=" + TODAY.minusYears(1) + "&to=" + TODAY;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode total = Http.get(analytics, year, "an.peters").body().get("total");
            if (planned >= 5) {
                assertThat(total.get("answers").asLong()).as(total.toString()).isEqualTo(planned);
            } else {
                assertThat(total.get("suppressed").asBoolean()).as("too few to show: " + total).isTrue();
            }
        });
        return planned;
    }

    /** The open FOLLOW_UP_FEEDBACK tasks in the handler's inbox, over all its pages. */
    private static long openFollowUps(URI notification, String handler) {
        long count = 0;
        for (int page = 0;; page++) {
            JsonNode tasks = Http.get(notification, "/api/tasks?size=100&status=OPEN&page=" + page, handler).body();
            count += tasks.get("items").valueStream()
                    .filter(task -> "FOLLOW_UP_FEEDBACK".equals(task.get("kind").asString())).count();
            if (page + 1 >= tasks.get("totalPages").asLong()) {
                return count;
            }
        }
    }

    @Test
    @EnabledIf(value = "browserInstalled", disabledReason = "needs /usr/bin/chromium and /usr/bin/chromedriver "
            + "(apt-get install chromium chromium-driver; .ci/run does)")
    void theDashboardShowsTheDemoYearInARealBrowser() throws Exception {
        int year = plan.stream().map(DemoComplaint::receivedOn).max(LocalDate::compareTo).orElseThrow().getYear();
        List<DemoComplaint> thisYear = plan.stream().filter(c -> c.receivedOn().getYear() == year).toList();
        await().atMost(Duration.ofSeconds(90)).until(() -> count(allTime(), "received") == plan.size());
        long answers = awaitAnswersCounted();
        URI analytics = stack.service("analytics-service").url();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1300,2600");
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options);
        try {
            browser.get("http://an.peters:klachtroute@localhost:" + analytics.getPort() + "/dashboard");
            browser.get("http://localhost:" + analytics.getPort() + "/dashboard");
            await().atMost(Duration.ofSeconds(30)).until(() -> "true".equals(
                    browser.findElement(By.tagName("body")).getDomAttribute("data-loaded")));

            assertThat(browser.findElement(By.cssSelector("[data-tile='Klachten'] .value")).getText())
                    .isEqualTo(String.valueOf(thisYear.size()));
            Map<Integer, Long> perMonth = thisYear.stream().collect(Collectors.groupingBy(
                    c -> c.receivedOn().getMonthValue(), TreeMap::new, Collectors.counting()));
            // Months of the year before the demo history starts are bars of 0.
            assertThat(browser.findElements(By.cssSelector("#trend .bar-group")))
                    .extracting(bar -> Long.parseLong(bar.getDomAttribute("data-value"))).filteredOn(n -> n > 0)
                    .containsExactlyElementsOf(perMonth.values());
            // The satisfaction check: all answers were given today, so in this year.
            assertThat(browser.findElement(By.cssSelector("#feedback [data-tile='Antwoorden'] .value")).getText())
                    .isEqualTo(answers >= 5 ? String.valueOf(answers) : "< 5");
            Path screenshot = Path.of("target", "dashboard-demo.png");
            Files.createDirectories(screenshot.getParent());
            Files.write(screenshot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.quit();
        }
    }

    static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    private static long planned(Predicate<DemoComplaint> which) {
        return plan.stream().filter(which).count();
    }

    /** All complaints as one row: the KPIs per year, summed where the plan spans a new year. */
    private static JsonNode allTime() {
        Http.Response answer = Http.get(stack.service("analytics-service").url(),
                "/api/analytics/kpis?period=year&from=" + TODAY.minusYears(1) + "&to=" + TODAY, "an.peters");
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        List<JsonNode> rows = answer.body().get("rows").valueStream().toList();
        return rows.size() == 1 ? rows.get(0).get("kpis") : sum(rows);
    }

    private static JsonNode sum(List<JsonNode> rows) {
        tools.jackson.databind.node.ObjectNode total = tools.jackson.databind.json.JsonMapper.builder().build()
                .createObjectNode();
        for (String field : List.of("received", "ombudsmanReferrals")) {
            total.putObject(field).put("count", rows.stream().mapToLong(r -> count(r.get("kpis"), field)).sum());
        }
        for (String ratio : List.of("handledOnTime", "contactedWithin5WorkingDays")) {
            total.putObject(ratio).put("count", rows.stream()
                    .mapToLong(r -> r.get("kpis").get(ratio).path("count").asLong(0)).sum());
        }
        tools.jackson.databind.node.ObjectNode endings = total.putObject("endings");
        for (String kind : List.of("CLOSED", "RESOLVED_INFORMALLY", "NOT_HANDLED", "WITHDRAWN")) {
            endings.putObject(kind).put("count", rows.stream()
                    .mapToLong(r -> count(r.get("kpis").get("endings"), kind)).sum());
        }
        return total;
    }

    private static long count(JsonNode parent, String field) {
        JsonNode cell = parent == null ? null : parent.get(field);
        return cell == null || cell.get("count") == null ? 0 : cell.get("count").asLong();
    }
}
