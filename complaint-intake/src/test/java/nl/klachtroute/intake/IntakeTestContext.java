package nl.klachtroute.intake;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import nl.klachtroute.events.Topics;
import nl.klachtroute.support.testing.EmbeddedMongo;

/**
 * The one Spring context of the service's integration tests (every subclass shares it): the whole service on
 * an embedded Kafka broker and the in-memory Mongo server, with a fixed clock. The scheduled deadline scan
 * is off so that no alert slips between a test's events; tests run the scan themselves.
 * <p>
 * Today is Mon 9 Mar 2026: no holiday lies near it, so deadlines here do not depend on the holiday calendar.
 * Complaints received on or after Fri 6 Mar 2026 have no deadline within a working day.
 */
@SpringBootTest(properties = {
        "spring.config.name=" + ComplaintIntakeApplication.CONFIG_NAME,
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "klachtroute.security.mode=dev-users",
        "klachtroute.pseudonym.key=integration-test-fictional-key",
        "klachtroute.outbox.poll-interval=50ms",
        "klachtroute.route.deadline-scan.enabled=false",
        "klachtroute.retention.enabled=false" })
@EmbeddedKafka(partitions = 3, topics = { Topics.COMPLAINT, Topics.FINDINGS, Topics.NOTIFICATION })
@AutoConfigureMockMvc
@Import(IntakeTestClock.class)
abstract class IntakeTestContext {

    static final Instant NOW = Instant.parse("2026-03-09T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 9);
    static final String PASSWORD = "klachtroute";
    /** Not closed after the class: the cached context (and its outbox relay) uses it until the JVM ends. */
    private static final EmbeddedMongo MONGO = new EmbeddedMongo();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    @Autowired
    MockMvc mvc;

    /** A complete web-form complaint about conduct in team Activering Noord, from a fictional citizen. */
    static String bejegeningComplaint(LocalDate receivedOn, String team) {
        return """
                {"receivedOn": "%s", "channel": "WEB_FORM",
                 "complainant": {"name": "Fenna Fictief", "address": "Voorbeeldstraat 1, 1011 AA Amsterdam",
                                 "email": "fenna.fictief@example.org", "phone": "020 555 0101"},
                 "conductDate": "2026-02-20", "department": "Activering", "team": "%s",
                 "category": "BEJEGENING", "description": "De medewerker sprak mij onvriendelijk toe aan de balie.",
                 "employeesConcerned": ["mw.bakker"]}
                """.formatted(receivedOn, team);
    }

    static String bejegeningComplaint() {
        return bejegeningComplaint(TODAY, "Activering Noord");
    }

    /** A phone complaint about reachability (standard route), without the citizen's address. */
    static String standardComplaint(LocalDate receivedOn, String team) {
        return """
                {"receivedOn": "%s", "channel": "PHONE",
                 "complainant": {"name": "Bram Bedacht", "phone": "020 555 0199"},
                 "department": "Inkomen", "team": "%s", "category": "BEREIKBAARHEID",
                 "description": "Ik kreeg drie weken niemand aan de lijn.", "employeesConcerned": []}
                """.formatted(receivedOn, team);
    }

    /** Registers as handler h.devries; returns the complaint number. */
    String register(String body) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/complaints").with(httpBasic("h.devries", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString(), "$.id");
    }

    /** A command by handler h.devries, without If-Match. */
    ResultActions command(String id, String command, String body) throws Exception {
        return command(id, command, body, "h.devries");
    }

    ResultActions command(String id, String command, String body, String user) throws Exception {
        MockHttpServletRequestBuilder request = post("/api/complaints/{id}/{command}", id, command)
                .with(httpBasic(user, PASSWORD));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    ResultActions read(String id, String user) throws Exception {
        return mvc.perform(get("/api/complaints/{id}", id).with(httpBasic(user, PASSWORD)));
    }
}
