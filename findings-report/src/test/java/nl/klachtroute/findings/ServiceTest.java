package nl.klachtroute.findings;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.Topics;
import nl.klachtroute.events.complaint.FindingsReportRequested;
import nl.klachtroute.findings.report.FindingsReport;
import nl.klachtroute.support.outbox.OutboxAutoConfiguration;
import nl.klachtroute.support.pseudonym.Pseudonymizer;
import nl.klachtroute.support.testing.EmbeddedMongo;

/**
 * The service as it runs, on an embedded KRaft broker and an in-memory Mongo-compatible store, loaded
 * from its own findings-report.yml. Subclasses share one application context (same configuration).
 */
@SpringBootTest(properties = {
        "spring.config.name=" + FindingsReportApplication.CONFIG_NAME,
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "klachtroute.security.mode=dev-users",
        "klachtroute.pseudonym.key=test-only-fictional-pseudonym-key",
        "klachtroute.outbox.poll-interval=50ms",
        // Tests drive the deadline scan themselves, with their own clock.
        "klachtroute.findings.deadline-scan.enabled=false"})
@EmbeddedKafka(partitions = 3, topics = {Topics.COMPLAINT, Topics.FINDINGS})
@AutoConfigureMockMvc
public abstract class ServiceTest {

    protected static final String PASSWORD = "klachtroute";
    protected static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    // One store for the one cached context all subclasses share; it lives as long as the test JVM.
    private static final EmbeddedMongo MONGO = new EmbeddedMongo();
    private static KafkaTemplate<String, String> kafka;

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected MongoTemplate mongo;
    @Autowired
    protected Pseudonymizer pseudonymizer;
    @Value("${spring.embedded.kafka.brokers}")
    protected String brokers;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    @AfterAll
    static void closeProducer() {
        if (kafka != null) {
            kafka.destroy();
            kafka = null;
        }
    }

    /** Publishes an event on its topic as intake's relay would: key = complaint id. */
    protected void publish(EventEnvelope event) throws Exception {
        publishRecord(event.topic(), event.complaintId(), new EventCodec().encode(event));
    }

    /** Publishes any record, an event or not, as a faulty producer might. */
    protected void publishRecord(String topic, String key, String value) throws Exception {
        if (kafka == null) {
            kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                    OutboxAutoConfiguration.producerSettings(brokers)));
        }
        kafka.send(topic, key, value).get(10, TimeUnit.SECONDS);
    }

    /** A handler's request for a report today, as intake would publish it: due in the future. */
    protected static EventEnvelope requested(String complaintId, String team, List<String> employeeRefs) {
        return requested(complaintId, team, employeeRefs, LocalDate.now(AMSTERDAM));
    }

    /** A handler's request for a report made on the given day. */
    protected static EventEnvelope requested(String complaintId, String team, List<String> employeeRefs,
            LocalDate requestedOn) {
        FindingsReportRequested request = new FindingsReportRequested("Activering", team,
                nl.klachtroute.events.Category.BEJEGENING, employeeRefs, requestedOn);
        return EventEnvelope.first(complaintId, request, "complaint-intake",
                requestedOn.atTime(10, 0).atZone(AMSTERDAM).toInstant(), UUID.randomUUID());
    }

    /** Publishes the request and waits until the report is open. */
    protected String openReport(EventEnvelope request) throws Exception {
        publish(request);
        String reportId = FindingsReport.idFor(request.complaintId());
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(
                Query.query(Criteria.where("_id").is(reportId)), "findings_reports"));
        return reportId;
    }

    protected String employeeRef(String staffId) {
        return pseudonymizer.pseudonym("employee", staffId);
    }

    protected static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, PASSWORD));
    }

    /** A JSON request by a signed-in member of staff. */
    protected ResultActions command(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(as(user, request.contentType(MediaType.APPLICATION_JSON)));
    }
}
