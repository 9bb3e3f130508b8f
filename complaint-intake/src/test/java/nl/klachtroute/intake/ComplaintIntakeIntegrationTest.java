package nl.klachtroute.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import nl.klachtroute.events.EventCatalog;
import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.EventSchemas;
import nl.klachtroute.events.Topics;
import nl.klachtroute.events.findings.FindingsReportOpened;
import nl.klachtroute.support.inbox.Inbox;
import nl.klachtroute.support.testing.EmbeddedMongo;
import nl.klachtroute.support.testing.TopicReader;

/**
 * complaint-intake as a whole, on a real (embedded) Kafka broker and the in-memory Mongo server: the
 * handler's requests, the events that leave through the outbox, and the findings events coming back.
 * One Spring context for the class; every test registers its own complaint.
 */
@SpringBootTest(properties = {
        "spring.config.name=" + ComplaintIntakeApplication.CONFIG_NAME,
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "klachtroute.security.mode=dev-users",
        "klachtroute.pseudonym.key=integration-test-fictional-key",
        "klachtroute.outbox.poll-interval=50ms" })
@EmbeddedKafka(partitions = 3, topics = { Topics.COMPLAINT, Topics.FINDINGS })
@AutoConfigureMockMvc
@Import(ComplaintIntakeIntegrationTest.FixedClock.class)
class ComplaintIntakeIntegrationTest {

    static final Instant NOW = Instant.parse("2026-04-24T10:00:00Z");
    /** Not closed after the class: the cached context (and its outbox relay) uses it until the JVM ends. */
    private static final EmbeddedMongo MONGO = new EmbeddedMongo();
    private static final EventCodec CODEC = new EventCodec();

    /** A complete web-form complaint about conduct, from a fictional citizen. */
    private static final String BEJEGENING_COMPLAINT = """
            {"receivedOn": "2026-04-24", "channel": "WEB_FORM",
             "complainant": {"name": "Fenna Fictief", "address": "Voorbeeldstraat 1, 1011 AA Amsterdam",
                             "email": "fenna.fictief@example.org", "phone": "020 555 0101"},
             "conductDate": "2026-04-20", "department": "Activering", "team": "Activering Noord",
             "category": "BEJEGENING", "description": "De medewerker sprak mij onvriendelijk toe aan de balie.",
             "employeesConcerned": ["mw.bakker"]}
            """;

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Environment environment;
    @Autowired
    Inbox inbox;
    @Autowired
    @Qualifier("outboxKafkaTemplate")
    KafkaTemplate<String, String> kafka;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @Test
    void aBejegeningComplaintGoesOutAsEventsAndWaitsForTheFindingsReport() throws Exception {
        MvcResult created = mvc.perform(post("/api/complaints").with(httpBasic("h.devries", "klachtroute"))
                .contentType(MediaType.APPLICATION_JSON).content(BEJEGENING_COMPLAINT))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("http://localhost/api/complaints/K-2026-")))
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.formal").value(true))
                .andExpect(jsonPath("$.missingDetails").isEmpty())
                .andExpect(jsonPath("$.route").value("BEJEGENING"))
                .andExpect(jsonPath("$.receivedOn").value("2026-04-24"))
                .andExpect(jsonPath("$.contactDeadline").value("2026-05-01"))
                .andExpect(jsonPath("$.handlingDeadline").value("2026-06-05"))
                .andExpect(jsonPath("$.registeredBy").value("h.devries"))
                .andExpect(jsonPath("$.timeline[*].type").value(contains("REGISTERED",
                        "BEJEGENING_ROUTE_STARTED", "FINDINGS_REPORT_REQUESTED")))
                .andReturn();
        String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/complaints/" + id);

        List<ConsumerRecord<String, byte[]>> published;
        try (TopicReader reader = new TopicReader(brokers, Topics.COMPLAINT)) {
            published = await().atMost(Duration.ofSeconds(30))
                    .until(() -> recordsFor(reader, id), records -> records.size() >= 3);
        }
        assertThat(published).hasSize(3);
        assertThat(published).extracting(ConsumerRecord::partition).containsOnly(published.get(0).partition());
        List<EventEnvelope> events = published.stream().map(r -> CODEC.decode(json(r))).toList();
        assertThat(events).extracting(EventEnvelope::type)
                .containsExactly("ComplaintRegistered", "BejegeningRouteStarted", "FindingsReportRequested");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.complaintId()).isEqualTo(id);
            assertThat(e.producer()).isEqualTo("complaint-intake");
        });
        assertThat(events.get(1).causationId()).isEqualTo(events.get(0).eventId());
        assertThat(events.get(2).causationId()).isEqualTo(events.get(0).eventId());
        for (ConsumerRecord<String, byte[]> record : published) {
            String json = json(record);
            assertThat(EventSchemas.violations(EventCatalog.byName(CODEC.decode(json).type()).orElseThrow(), json))
                    .as(json).isEmpty();
            assertThat(json).as("personal data on a shared topic").doesNotContain("Fenna", "Fictief",
                    "fenna.fictief@example.org", "Voorbeeldstraat", "1011 AA", "020 555 0101", "onvriendelijk",
                    "mw.bakker");
        }

        EventEnvelope opened = findingsReportOpened(events.get(2), "R-" + id);
        send(opened);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc
                .perform(get("/api/complaints/{id}", id).with(httpBasic("h.devries", "klachtroute")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findingsReportId").value("R-" + id))
                .andExpect(jsonPath("$.status").value("AWAITING_FINDINGS_REPORT")));
        mvc.perform(get("/api/complaints/{id}", id).with(httpBasic("h.devries", "klachtroute")))
                .andExpect(jsonPath("$.teammanagerId").value("tm.jansen"))
                .andExpect(jsonPath("$.timeline[-1].type").value("FINDINGS_REPORT_OPENED"))
                .andExpect(jsonPath("$.timeline[-1].by").value("tm.jansen"));

        // Redelivery of the same event, then the same fact re-sent under a new event id (findings-report
        // crashed before marking it sent). Same key, same partition: once the last is processed, so is the rest.
        send(opened);
        EventEnvelope resent = findingsReportOpened(events.get(2), "R-" + id);
        send(resent);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> inbox.alreadyProcessed("complaint-intake", resent.eventId()));

        mvc.perform(get("/api/complaints/{id}", id).with(httpBasic("h.devries", "klachtroute")))
                .andExpect(jsonPath("$.status").value("AWAITING_FINDINGS_REPORT"))
                .andExpect(jsonPath("$.timeline[?(@.type == 'FINDINGS_REPORT_OPENED')]", hasSize(1)))
                .andExpect(jsonPath("$.timeline", hasSize(4)));
    }

    @Test
    void theListShowsTheNewestComplaintFirstWithoutPersonalData() throws Exception {
        String first = register(BEJEGENING_COMPLAINT);
        String second = register("""
                {"receivedOn": "2026-04-23", "channel": "PHONE", "department": "Inkomen", "team": "Inkomen Zuid",
                 "category": "BEREIKBAARHEID"}
                """);

        mvc.perform(get("/api/complaints/{id}", second).with(httpBasic("h.smit", "klachtroute")))
                .andExpect(jsonPath("$.formal").value(false))
                .andExpect(jsonPath("$.route").value("STANDARD"))
                .andExpect(jsonPath("$.missingDetails").value(contains("name", "address", "description")))
                .andExpect(jsonPath("$.contactDeadline").value("2026-04-30"))
                .andExpect(jsonPath("$.findingsReportId").doesNotExist());
        MvcResult list = mvc.perform(get("/api/complaints?page=0&size=2").with(httpBasic("admin", "klachtroute")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(second))
                .andExpect(jsonPath("$.items[1].id").value(first))
                .andExpect(jsonPath("$.size").value(2))
                .andReturn();
        assertThat(list.getResponse().getContentAsString()).doesNotContain("Fenna", "fenna.fictief", "onvriendelijk");
        assertThat((Integer) JsonPath.read(list.getResponse().getContentAsString(), "$.totalElements"))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void refusesRequestsWithoutSignIn() throws Exception {
        mvc.perform(post("/api/complaints").contentType(MediaType.APPLICATION_JSON).content(BEJEGENING_COMPLAINT))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/complaints"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void refusesRolesOtherThanHandlerAndAdmin() throws Exception {
        mvc.perform(post("/api/complaints").with(httpBasic("an.peters", "klachtroute"))
                .contentType(MediaType.APPLICATION_JSON).content(BEJEGENING_COMPLAINT))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(endsWith("/access-refused")));
        mvc.perform(get("/api/complaints").with(httpBasic("tm.jansen", "klachtroute")))
                .andExpect(status().isForbidden());
    }

    @Test
    void namesTheFieldAtFault() throws Exception {
        expectInvalid(BEJEGENING_COMPLAINT.replace("\"receivedOn\": \"2026-04-24\",", ""), "receivedOn");
        expectInvalid(BEJEGENING_COMPLAINT.replace("2026-04-24", "2026-04-25"), "receivedOn");
        expectInvalid(BEJEGENING_COMPLAINT.replace("2026-04-24", "1999-12-31"), "receivedOn");
        expectInvalid(BEJEGENING_COMPLAINT.replace("fenna.fictief@example.org", "fenna.fictief"), "complainant.email");
        expectInvalid(BEJEGENING_COMPLAINT.replace("\"Activering Noord\"", "\"" + "x".repeat(101) + "\""), "team");
        expectInvalid(BEJEGENING_COMPLAINT.replace("\"department\": \"Activering\",", ""), "department");
        expectInvalid(BEJEGENING_COMPLAINT.replace("\"BEJEGENING\"", "\"KLACHTJE\""), "category");
        expectInvalid(BEJEGENING_COMPLAINT.replace("\"WEB_FORM\"", "\"PIGEON\""), "channel");
        mvc.perform(get("/api/complaints?size=1000").with(httpBasic("h.devries", "klachtroute")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anUnknownComplaintIsNotFound() throws Exception {
        mvc.perform(get("/api/complaints/K-1999-999999").with(httpBasic("h.devries", "klachtroute")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(endsWith("/not-found")));
    }

    @Test
    void runsOnItsOwnConfigurationFile() {
        assertThat(environment.getProperty("spring.application.name")).isEqualTo("complaint-intake");
        assertThat(environment.getProperty("klachtroute.outbox.collections[0]")).isEqualTo("complaints");
        assertThat(environment.getProperty("spring.cloud.stream.kafka.bindings.onFindingsEvent-in-0.consumer.dlq-name"))
                .isEqualTo(Topics.deadLetter(Topics.FINDINGS, "complaint-intake"));
    }

    private void expectInvalid(String body, String field) throws Exception {
        mvc.perform(post("/api/complaints").with(httpBasic("h.devries", "klachtroute"))
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field));
    }

    private String register(String body) throws Exception {
        MockHttpServletRequestBuilder request = post("/api/complaints").with(httpBasic("h.devries", "klachtroute"))
                .contentType(MediaType.APPLICATION_JSON).content(body);
        return JsonPath.read(mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id");
    }

    private static EventEnvelope findingsReportOpened(EventEnvelope request, String reportId) {
        return request.causes(new FindingsReportOpened(reportId, "Activering", "Activering Noord", "tm.jansen",
                LocalDate.of(2026, 5, 20)), "findings-report", NOW.plusSeconds(5));
    }

    private void send(EventEnvelope event) throws Exception {
        kafka.send(Topics.FINDINGS, event.complaintId(), CODEC.encode(event)).get();
    }

    private static List<ConsumerRecord<String, byte[]>> recordsFor(TopicReader reader, String complaintId) {
        return reader.records().stream().filter(r -> complaintId.equals(r.key())).toList();
    }

    private static String json(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }
}
