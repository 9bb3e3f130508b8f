package nl.klachtroute.analytics;

import static nl.klachtroute.analytics.Complaints.aComplaint;
import static nl.klachtroute.analytics.Complaints.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;
import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.Judgement;
import nl.klachtroute.events.Topics;
import nl.klachtroute.events.complaint.CitizenContacted;
import nl.klachtroute.events.complaint.ComplaintClosed;
import nl.klachtroute.events.complaint.HandlingDeadlineExtended;
import nl.klachtroute.events.complaint.OmbudsmanReferralMade;
import nl.klachtroute.support.outbox.OutboxAutoConfiguration;
import nl.klachtroute.support.testing.EmbeddedMongo;

/**
 * The dashboard on the running service. Over HTTP: the page and its assets are the analyst's only, load
 * nothing from elsewhere and carry the self-only Content-Security-Policy. In a real browser (Debian's
 * chromium, headless, through chromedriver): a known year of complaints goes through the embedded Kafka
 * broker into the service, the analyst signs in, and the tiles, the monthly chart, the category breakdown
 * (also for one department, with its small cell as "&lt; 5") and the quarterly table show the numbers that
 * year holds, computed here from the events, not copied from the page. A screenshot lands in
 * {@code target/dashboard.png}, the department view in {@code target/dashboard-werk.png}. {@code .ci/run}
 * installs chromium and chromium-driver; without them only the browser part is skipped, with that reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + AnalyticsServiceApplication.CONFIG_NAME,
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "klachtroute.security.mode=dev-users",
        "klachtroute.pseudonym.key=fictional-test-key-not-a-secret",
        "klachtroute.analytics.signal-scan.enabled=false" })
@EmbeddedKafka(partitions = 3, topics = { Topics.COMPLAINT, Topics.FINDINGS, Topics.ANALYTICS })
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final EmbeddedMongo MONGO = new EmbeddedMongo();
    private static final int YEAR = 2019;
    private static final int[] PER_MONTH = { 3, 2, 4, 1, 2, 3, 2, 1, 3, 4, 2, 3 };
    private static final Category[] CATEGORIES = { Category.BEJEGENING, Category.TIJDIGHEID, Category.FINANCIEEL };
    /** Months in which department Werk gets a privacy complaint: three, a small cell within Werk. */
    private static final int[] PRIVACY_MONTHS = { 5, 8, 11 };
    private static final Map<Category, String> CATEGORY_LABELS = Map.of(Category.BEJEGENING, "Bejegening",
            Category.TIJDIGHEID, "Tijdigheid", Category.FINANCIEEL, "Financieel", Category.PRIVACY, "Privacy");
    private static final String[] MONTH_LABELS = { "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep",
            "okt", "nov", "dec" };

    @LocalServerPort
    private int port;
    @Value("${spring.embedded.kafka.brokers}")
    private String brokers;
    private WebDriver browser;

    static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    @AfterAll
    static void stopStore() {
        MONGO.close();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void servesThePageAndItsAssetsToTheAnalystOnlyWithNothingFromElsewhere() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        assertThat(http.send(request("/dashboard", null), HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(401);
        HttpResponse<Void> home = http.send(request("/", "an.peters"), HttpResponse.BodyHandlers.discarding());
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard"));

        for (String path : List.of("/dashboard", "/dashboard/dashboard.js", "/dashboard/dashboard.css")) {
            HttpResponse<String> answer = http.send(request(path, "an.peters"), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'self'"));
            // The SVG namespace is a name, not an address anything is loaded from.
            assertThat(answer.body().replace("http://www.w3.org/2000/svg", "")).as(path)
                    .doesNotContainPattern("(?i)https?://").doesNotContain("innerHTML");
        }
        assertThat(http.send(request("/dashboard", "h.devries"), HttpResponse.BodyHandlers.discarding()).statusCode())
                .as("a complaint handler").isEqualTo(403);
    }

    @Test
    @EnabledIf(value = "browserInstalled", disabledReason = "needs /usr/bin/chromium and /usr/bin/chromedriver "
            + "(apt-get install chromium chromium-driver; .ci/run does)")
    void theAnalystSeesTheYearsKeyFiguresChartsAndQuarterlyTable() throws Exception {
        List<Fixture> year = publishAYear();
        long received = year.size();
        long contactedInTime = year.stream().filter(Fixture::contactedInTime).count();
        List<Fixture> closed = year.stream().filter(Fixture::closed).toList();
        long closedInTime = closed.stream().filter(Fixture::closedInTime).count();
        List<Long> leadTimes = closed.stream().map(Fixture::leadTimeDays).sorted().toList();
        long referrals = year.stream().filter(Fixture::referred).count();
        long postponed = year.stream().filter(Fixture::postponed).count();
        assertThat(referrals).as("the fixture has referrals").isPositive();
        assertThat(postponed).as("the fixture has postponements").isPositive();

        browser = chromium();
        // Sign in once with the credentials in the address; Chromium keeps them for the origin, and the page
        // itself is opened without them (a page whose address holds credentials cannot fetch its own API).
        browser.get("http://an.peters:klachtroute@localhost:" + port + "/dashboard");
        browser.get("http://localhost:" + port + "/dashboard");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            browser.navigate().refresh();
            awaitLoaded();
            // Every event projected: the page is reloaded until the service has counted them all.
            assertThat(tile("Klachten")).isEqualTo(String.valueOf(received));
            assertThat(tile("Naar de ombudsman")).isEqualTo(String.valueOf(referrals));
            assertThat(tile("Verdaagd")).isEqualTo(String.valueOf(postponed));
            assertThat(tile("Op tijd afgehandeld")).isEqualTo(percent(closedInTime, closed.size()));
        });
        assertThat(browser.findElement(By.id("year")).getDomProperty("value")).isEqualTo(String.valueOf(YEAR));
        assertThat(tile("Contact binnen 5 werkdagen")).isEqualTo(percent(contactedInTime, received));
        assertThat(note("Contact binnen 5 werkdagen")).isEqualTo(contactedInTime + " van " + received);
        assertThat(tile("Doorlooptijd (mediaan)")).isEqualTo(nearestRank(leadTimes, 50) + " dagen");
        assertThat(note("Doorlooptijd (mediaan)")).isEqualTo("90% binnen " + nearestRank(leadTimes, 90) + " dagen");
        // 18 of 20 closed in time: exactly WPI's target, said in words and repeated in colour.
        assertThat(note("Op tijd afgehandeld")).isEqualTo("doel van WPI: 90%, gehaald");
        assertThat(browser.findElement(By.cssSelector("[data-tile='Op tijd afgehandeld']")).getDomAttribute("class"))
                .contains("meets");
        // No citizen answered the satisfaction check in these complaints' year: the section says so with a zero.
        assertThat(tile("Antwoorden")).isEqualTo("0");

        Map<YearMonth, Long> perMonth = year.stream().collect(Collectors.groupingBy(
                f -> YearMonth.from(f.receivedOn()), TreeMap::new, Collectors.counting()));
        List<WebElement> months = browser.findElements(By.cssSelector("#trend .bar-group"));
        assertThat(months).extracting(m -> m.getDomAttribute("data-label")).containsExactlyElementsOf(
                perMonth.keySet().stream().map(m -> MONTH_LABELS[m.getMonthValue() - 1] + " " + YEAR).toList());
        assertThat(months).extracting(m -> Long.parseLong(m.getDomAttribute("data-value")))
                .containsExactlyElementsOf(perMonth.values());
        assertThat(browser.findElements(By.cssSelector("#trend rect.bar"))).hasSize(12);
        assertThat(browser.findElements(By.cssSelector("#trend .value-label"))).extracting(WebElement::getText)
                .containsExactlyElementsOf(perMonth.values().stream().map(String::valueOf).toList());

        // Across all departments nothing points at a team: even the three privacy complaints are a number.
        assertThat(breakdown()).containsExactlyInAnyOrderElementsOf(year.stream()
                .collect(Collectors.groupingBy(Fixture::category, Collectors.counting())).entrySet().stream()
                .map(e -> CATEGORY_LABELS.get(e.getKey()) + "=" + e.getValue()).toList());

        assertQuarterlyTable(year);
        assertThat(browser.findElement(By.id("signals")).getText()).isEqualTo("Nog geen signalen.");

        Path screenshot = Path.of("target", "dashboard.png");
        Files.write(screenshot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);

        // One department: a team could be recognised now, so its three privacy complaints show as "< 5".
        browser.findElement(By.cssSelector("#department option[value='Werk']")).click();
        browser.findElement(By.cssSelector("#filters button[type='submit']")).click();
        awaitLoaded();
        assertThat(tile("Klachten")).isEqualTo(String.valueOf(count(year, f -> f.department().equals("Werk"))));
        List<Fixture> werk = year.stream().filter(f -> f.department().equals("Werk")).toList();
        assertThat(breakdown()).containsExactlyInAnyOrderElementsOf(werk.stream()
                .collect(Collectors.groupingBy(Fixture::category, Collectors.counting())).entrySet().stream()
                .map(e -> CATEGORY_LABELS.get(e.getKey()) + "=" + (e.getValue() < 5 ? "< 5" : e.getValue())).toList());
        assertThat(breakdown()).contains("Privacy=< 5");
        // Werk had no complaint in April: still a month on the axis, with 0.
        assertThat(browser.findElements(By.cssSelector("#trend .bar-group")))
                .extracting(m -> m.getDomAttribute("data-label") + "=" + m.getDomAttribute("data-value"))
                .hasSize(12).contains("apr " + YEAR + "=0");
        assertThat(browser.findElement(By.id("breakdown")).getText()).contains("< 5");
        Files.write(Path.of("target", "dashboard-werk.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private void assertQuarterlyTable(List<Fixture> year) {
        long[] perQuarter = new long[4];
        year.forEach(f -> perQuarter[(f.receivedOn().getMonthValue() - 1) / 3]++);
        assertThat(browser.findElements(By.cssSelector("#quarterly thead th"))).extracting(WebElement::getText)
                .containsExactly("Afdeling", YEAR + "-Q1", YEAR + "-Q2", YEAR + "-Q3", YEAR + "-Q4", "Totaal");
        for (String department : List.of("Inkomen", "Werk")) {
            WebElement line = browser.findElement(By.xpath("//table[@id='quarterly']//tr[th='" + department + "']"));
            assertThat(line.findElement(By.cssSelector("td.line-total")).getText())
                    .isEqualTo(String.valueOf(count(year, f -> f.department().equals(department))));
        }
        List<WebElement> total = browser.findElements(By.cssSelector("#quarterly tr.total td"));
        assertThat(total).hasSize(5);
        for (int q = 0; q < 4; q++) {
            // "9 (+9)": the count, then the change versus the quarter before.
            assertThat(total.get(q).getText().split(" ")[0]).isEqualTo(String.valueOf(perQuarter[q]));
        }
        assertThat(total.get(4).getText()).isEqualTo(String.valueOf(year.size()));
    }

    private static ChromeDriver chromium() {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1300,2600",
                        "--lang=nl-NL");
        // Driver and browser on disk, both named explicitly: Selenium Manager is never asked to download.
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    private void awaitLoaded() {
        await().atMost(Duration.ofSeconds(15)).until(() -> "true".equals(
                browser.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
    }

    private String tile(String label) {
        return browser.findElement(By.cssSelector("[data-tile='" + label + "'] .value")).getText();
    }

    private String note(String label) {
        return browser.findElement(By.cssSelector("[data-tile='" + label + "'] .note")).getText();
    }

    private List<String> breakdown() {
        return browser.findElements(By.cssSelector("#breakdown .bar-group")).stream()
                .map(b -> b.getDomAttribute("data-label") + "=" + b.getDomAttribute("data-value")).toList();
    }

    private HttpRequest request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":klachtroute").getBytes(StandardCharsets.UTF_8)));
        }
        return request.build();
    }

    private static long count(List<Fixture> year, Predicate<Fixture> which) {
        return year.stream().filter(which).count();
    }

    /** Rounded as the page does (Dutch percentage, no decimals). */
    private static String percent(long part, long whole) {
        return Math.round(100.0 * part / whole) + "%";
    }

    /** As the service computes median and p90: nearest rank, so a real complaint's number of days. */
    private static long nearestRank(List<Long> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    record Fixture(LocalDate receivedOn, String department, Category category, boolean contactedInTime,
            LocalDate closedOn, boolean closedInTime, boolean referred, boolean postponed) {

        boolean closed() {
            return closedOn != null;
        }

        long leadTimeDays() {
            return receivedOn.until(closedOn, java.time.temporal.ChronoUnit.DAYS);
        }
    }

    /**
     * Thirty-three complaints in 2019: each month its own number, two departments, four categories; some
     * contacted late, most closed (a few late, some postponed, some referred to the ombudsman).
     */
    private List<Fixture> publishAYear() throws Exception {
        List<Fixture> fixtures = new ArrayList<>();
        List<List<EventEnvelope>> complaints = new ArrayList<>();
        int n = 0;
        for (int month = 1; month <= 12; month++) {
            for (int i = 0; i < PER_MONTH[month - 1]; i++) {
                n++;
                boolean closed = n % 3 != 0;
                boolean closedInTime = closed && n % 10 != 1;
                LocalDate receivedOn = LocalDate.of(YEAR, month, 3 + i);
                LocalDate closedOn = closed ? receivedOn.plusDays(closedInTime ? 20 + n % 11 : 50 + n % 7) : null;
                Fixture fixture = new Fixture(receivedOn, n % 2 == 0 ? "Inkomen" : "Werk", CATEGORIES[n % 3],
                        n % 5 != 0, closedOn, closedInTime, closed && n % 7 == 0, closed && n % 4 == 0);
                fixtures.add(fixture);
                complaints.add(events("K-" + YEAR + "-" + n, fixture));
            }
        }
        for (int month : PRIVACY_MONTHS) {
            n++;
            Fixture fixture = new Fixture(LocalDate.of(YEAR, month, 20), "Werk", Category.PRIVACY, true, null, false,
                    false, false);
            fixtures.add(fixture);
            complaints.add(events("K-" + YEAR + "-" + n, fixture));
        }
        KafkaTemplate<String, String> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                OutboxAutoConfiguration.producerSettings(brokers)));
        EventCodec codec = new EventCodec();
        try {
            for (List<EventEnvelope> events : complaints) {
                for (EventEnvelope event : events) {
                    kafka.send(new ProducerRecord<>(Topics.COMPLAINT, event.complaintId(), codec.encode(event))).get();
                }
            }
        } finally {
            kafka.destroy();
        }
        return fixtures;
    }

    private static List<EventEnvelope> events(String complaintId, Fixture f) {
        Complaints complaint = aComplaint(complaintId).receivedOn(f.receivedOn())
                .in(f.department(), f.department().equals("Inkomen") ? "Inkomen Zuid" : "Werk Oost")
                .about(f.category());
        LocalDate day = f.receivedOn();
        List<EventEnvelope> events = new ArrayList<>(List.of(complaint.registeredEnvelope(),
                envelope(complaintId, new CitizenContacted(day.plusDays(f.contactedInTime() ? 2 : 12), Channel.PHONE,
                        f.contactedInTime()), day.plusDays(2))));
        if (f.postponed()) {
            events.add(envelope(complaintId,
                    new HandlingDeadlineExtended(day.plusWeeks(6), day.plusWeeks(10), 4, false), day.plusWeeks(5)));
        }
        if (f.closed()) {
            events.add(envelope(complaintId, new ComplaintClosed(f.closedOn(), Judgement.ONGEGROND, 0, true, null,
                    f.closedInTime(), f.closedOn().plusYears(1)), f.closedOn()));
        }
        if (f.referred()) {
            events.add(envelope(complaintId, new OmbudsmanReferralMade(f.closedOn().plusWeeks(2), false),
                    f.closedOn().plusWeeks(2)));
        }
        return events;
    }

    static {
        try {
            Files.createDirectories(Path.of("target"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
