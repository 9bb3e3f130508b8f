package nl.klachtroute.analytics;

import static nl.klachtroute.analytics.Complaints.aComplaint;
import static nl.klachtroute.analytics.Complaints.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import nl.klachtroute.support.outbox.OutboxAutoConfiguration;
import nl.klachtroute.support.testing.EmbeddedMongo;

/**
 * The dashboard in a real browser (Debian's chromium, headless, through chromedriver): a known year of
 * complaints goes through the embedded Kafka broker into the running service, the analyst signs in, and the
 * tiles, the monthly chart, the category breakdown and the quarterly table show the numbers that year
 * holds, computed here from the events, not copied from the page. A screenshot lands in
 * {@code target/dashboard.png}. {@code .ci/run} installs chromium and chromium-driver.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + AnalyticsServiceApplication.CONFIG_NAME,
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "klachtroute.security.mode=dev-users",
        "klachtroute.pseudonym.key=fictional-test-key-not-a-secret",
        "klachtroute.analytics.signal-scan.enabled=false" })
@EmbeddedKafka(partitions = 3, topics = { Topics.COMPLAINT, Topics.FINDINGS, Topics.ANALYTICS })
@EnabledIf(value = "browserInstalled", disabledReason = "needs /usr/bin/chromium and /usr/bin/chromedriver "
        + "(apt-get install chromium chromium-driver; .ci/run does)")
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final EmbeddedMongo MONGO = new EmbeddedMongo();
    private static final int[] PER_MONTH = { 3, 2, 4, 1, 2, 3, 2, 1, 3, 4, 2, 3 };
    private static final Category[] CATEGORIES = { Category.BEJEGENING, Category.TIJDIGHEID, Category.FINANCIEEL };

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

    @BeforeEach
    void startBrowser() {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1300,2600",
                        "--lang=nl-NL");
        // The driver on disk, named explicitly: Selenium Manager never downloads anything.
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAnalystSeesTheYearsKeyFiguresChartsAndQuarterlyTable() throws Exception {
        List<Fixture> year = publishAYear();
        long received = year.size();
        long contactedInTime = year.stream().filter(Fixture::contactedInTime).count();
        long closed = year.stream().filter(Fixture::closed).count();
        long closedInTime = year.stream().filter(f -> f.closed() && f.closedInTime()).count();
        Map<Category, Long> perCategory = year.stream().collect(Collectors.groupingBy(Fixture::category,
                Collectors.counting()));

        // Sign in once with the credentials in the address; Chromium keeps them for the origin, and the page
        // itself is opened without them (a page whose address holds credentials cannot fetch its own API).
        browser.get("http://an.peters:klachtroute@localhost:" + port + "/dashboard");
        browser.get("http://localhost:" + port + "/dashboard");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            browser.navigate().refresh();
            await().atMost(Duration.ofSeconds(10)).until(() -> "true".equals(
                    browser.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
            // Every event projected: the page is reloaded until the service has counted them all.
            assertThat(tile("Klachten")).isEqualTo(String.valueOf(received));
            assertThat(tile("Contact binnen 5 werkdagen")).isEqualTo(percent(contactedInTime, received));
            assertThat(tile("Op tijd afgehandeld")).isEqualTo(percent(closedInTime, closed));
            assertThat(browser.findElement(By.cssSelector("[data-tile='Op tijd afgehandeld']"))
                    .getDomAttribute("class")).as("at WPI's 90% target").contains("meets");
        });

        assertThat(browser.findElement(By.id("year")).getDomProperty("value")).isEqualTo("2019");

        List<WebElement> months = browser.findElements(By.cssSelector("#trend .bar-group"));
        assertThat(months).extracting(m -> m.getDomAttribute("data-label")).containsExactly("jan 2019", "feb 2019",
                "mrt 2019", "apr 2019", "mei 2019", "jun 2019", "jul 2019", "aug 2019", "sep 2019", "okt 2019",
                "nov 2019", "dec 2019");
        assertThat(months).extracting(m -> Integer.parseInt(m.getDomAttribute("data-value")))
                .containsExactly(java.util.Arrays.stream(PER_MONTH).boxed().toArray(Integer[]::new));
        assertThat(browser.findElements(By.cssSelector("#trend .value-label"))).extracting(WebElement::getText)
                .contains("4");

        assertThat(browser.findElements(By.cssSelector("#breakdown .bar-group")))
                .extracting(b -> b.getDomAttribute("data-label") + "=" + b.getDomAttribute("data-value"))
                .containsExactlyInAnyOrder("Bejegening=" + perCategory.get(Category.BEJEGENING),
                        "Tijdigheid=" + perCategory.get(Category.TIJDIGHEID),
                        "Financieel=" + perCategory.get(Category.FINANCIEEL));
        assertThat(browser.findElement(By.cssSelector("#quarterly tr.total")).getText())
                .startsWith("Totaal").contains(String.valueOf(PER_MONTH[0] + PER_MONTH[1] + PER_MONTH[2]));
        assertThat(browser.findElement(By.id("signals")).getText()).isEqualTo("Nog geen signalen.");

        Path screenshot = Path.of("target", "dashboard.png");
        Files.write(screenshot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    private String tile(String label) {
        return browser.findElement(By.cssSelector("[data-tile='" + label + "'] .value")).getText();
    }

    /** Rounded as the page does (Dutch percentage, no decimals). */
    private static String percent(long part, long whole) {
        return Math.round(100.0 * part / whole) + "%";
    }

    record Fixture(Category category, boolean contactedInTime, boolean closed, boolean closedInTime) {
    }

    /** Thirty complaints in 2019: each month its own number, two departments, three categories. */
    private List<Fixture> publishAYear() throws Exception {
        KafkaTemplate<String, String> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                OutboxAutoConfiguration.producerSettings(brokers)));
        EventCodec codec = new EventCodec();
        List<Fixture> fixtures = new java.util.ArrayList<>();
        int n = 0;
        try {
            for (int month = 1; month <= 12; month++) {
                for (int i = 0; i < PER_MONTH[month - 1]; i++) {
                    n++;
                    LocalDate day = LocalDate.of(2019, month, 3 + i);
                    Category category = CATEGORIES[n % 3];
                    Complaints complaint = aComplaint("K-2019-" + n).receivedOn(day)
                            .in(n % 2 == 0 ? "Inkomen" : "Werk", n % 2 == 0 ? "Inkomen Zuid" : "Werk Oost")
                            .about(category);
                    boolean contactedInTime = n % 5 != 0;
                    boolean closed = n % 3 != 0;
                    boolean closedInTime = closed && n % 10 != 1;
                    List<EventEnvelope> events = new java.util.ArrayList<>(List.of(complaint.registeredEnvelope(),
                            envelope(complaint.id(), new CitizenContacted(day.plusDays(contactedInTime ? 2 : 12),
                                    Channel.PHONE, contactedInTime), day.plusDays(2))));
                    if (closed) {
                        LocalDate closedOn = day.plusDays(closedInTime ? 30 : 60);
                        events.add(envelope(complaint.id(), new ComplaintClosed(closedOn, Judgement.ONGEGROND, 0, true,
                                null, closedInTime, closedOn.plusYears(1)), closedOn));
                    }
                    for (EventEnvelope event : events) {
                        kafka.send(new ProducerRecord<>(Topics.COMPLAINT, event.complaintId(), codec.encode(event))).get();
                    }
                    fixtures.add(new Fixture(category, contactedInTime, closed, closedInTime));
                }
            }
        } finally {
            kafka.destroy();
        }
        return fixtures;
    }

    static {
        try {
            Files.createDirectories(Path.of("target"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
