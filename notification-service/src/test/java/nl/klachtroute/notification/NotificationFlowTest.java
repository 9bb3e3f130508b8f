package nl.klachtroute.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.sun.net.httpserver.HttpServer;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.klachtroute.events.Category;
import nl.klachtroute.events.Judgement;
import nl.klachtroute.events.Channel;
import nl.klachtroute.events.DeadlineKind;
import nl.klachtroute.events.DomainEvent;
import nl.klachtroute.events.EventCatalog;
import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.EventSchemas;
import nl.klachtroute.events.MessageChannel;
import nl.klachtroute.events.Route;
import nl.klachtroute.events.SignalKind;
import nl.klachtroute.events.Topics;
import nl.klachtroute.events.analytics.PatternSignalRaised;
import nl.klachtroute.events.complaint.BejegeningRouteStarted;
import nl.klachtroute.events.complaint.CitizenContactResumed;
import nl.klachtroute.events.complaint.CitizenContacted;
import nl.klachtroute.events.complaint.ComplaintAcknowledged;
import nl.klachtroute.events.complaint.ComplaintAnonymised;
import nl.klachtroute.events.complaint.ComplaintClosed;
import nl.klachtroute.events.complaint.ComplaintRegistered;
import nl.klachtroute.events.complaint.ComplaintReopened;
import nl.klachtroute.events.complaint.DeadlineApproaching;
import nl.klachtroute.events.complaint.DeadlineMissed;
import nl.klachtroute.events.complaint.HandlerAssigned;
import nl.klachtroute.events.complaint.HandlingDeadlineExtended;
import nl.klachtroute.events.complaint.MissingDetailsRequested;
import nl.klachtroute.events.complaint.OmbudsmanReferralMade;
import nl.klachtroute.events.complaint.StandardRouteStarted;
import nl.klachtroute.events.findings.FindingsReportAccepted;
import nl.klachtroute.events.findings.FindingsReportDeadlineMissed;
import nl.klachtroute.events.findings.FindingsReportOpened;
import nl.klachtroute.events.findings.FindingsReportSubmitted;
import nl.klachtroute.events.fixtures.EventFixtures;
import nl.klachtroute.events.notification.MessageSent;
import nl.klachtroute.events.notification.TaskCompleted;
import nl.klachtroute.events.notification.TaskCreated;
import nl.klachtroute.notification.complaint.application.ComplaintRetention;
import nl.klachtroute.events.FeedbackWish;
import nl.klachtroute.events.RespectAnswer;
import nl.klachtroute.events.notification.CitizenFeedbackGiven;
import nl.klachtroute.notification.feedback.FeedbackInvitation;
import nl.klachtroute.notification.feedback.FeedbackInvitations;
import nl.klachtroute.notification.feedback.application.FeedbackLinks;
import nl.klachtroute.notification.message.Message;
import nl.klachtroute.notification.task.application.TaskService;
import nl.klachtroute.support.outbox.OutboxAutoConfiguration;
import nl.klachtroute.support.testing.EmbeddedMongo;
import nl.klachtroute.support.testing.TopicReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service as the route uses it: findings events in through a real (embedded) Kafka broker, tasks in
 * the inbox API, e-mail out through a real SMTP server (GreenMail), notification events out through the
 * outbox. One Spring context for the whole class; each test works on its own complaint.
 */
@SpringBootTest(properties = {
        "spring.config.name=" + NotificationServiceApplication.CONFIG_NAME,
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "klachtroute.security.mode=dev-users",
        "klachtroute.pseudonym.key=test-fictional-key-not-a-secret",
        "klachtroute.outbox.poll-interval=100ms",
        "klachtroute.mail.dispatch-interval=100ms",
        "klachtroute.mail.retry-initial-delay=200ms",
        "klachtroute.mail.retry-max-delay=1s",
        "resilience4j.retry.instances.smtp.wait-duration=20ms",
        "resilience4j.circuitbreaker.instances.smtp.wait-duration-in-open-state=300ms",
        "spring.cloud.stream.bindings.onFindingsEvent-in-0.consumer.back-off-initial-interval=50",
        "spring.cloud.stream.bindings.onFindingsEvent-in-0.consumer.back-off-max-interval=100",
        "spring.cloud.stream.bindings.onComplaintEvent-in-0.consumer.back-off-initial-interval=50",
        "spring.cloud.stream.bindings.onComplaintEvent-in-0.consumer.back-off-max-interval=100",
        "spring.cloud.stream.bindings.onAnalyticsEvent-in-0.consumer.back-off-initial-interval=50",
        "spring.cloud.stream.bindings.onAnalyticsEvent-in-0.consumer.back-off-max-interval=100",
        "klachtroute.tasks.pattern-signals.fallback-manager=sis.lead" })
@EmbeddedKafka(partitions = 3, topics = { Topics.COMPLAINT, Topics.FINDINGS, Topics.NOTIFICATION, Topics.ANALYTICS,
        "klachtroute.complaint.v1.notification-service.dlq", "klachtroute.findings.v1.notification-service.dlq",
        "klachtroute.analytics.v1.notification-service.dlq" })
@AutoConfigureMockMvc
class NotificationFlowTest {

    static final String PASSWORD = "klachtroute";
    /** "Today" in these tests is Thursday 21 May 2026 in Amsterdam; time runs on from there. */
    static final Instant THURSDAY_21_MAY_2026_MORNING = Instant.parse("2026-05-21T06:00:00Z");
    static final Duration WAIT = Duration.ofSeconds(30);

    // Live as long as the test JVM: the cached Spring context outlives this class and still polls both.
    static final EmbeddedMongo MONGO = new EmbeddedMongo();
    static final int SMTP_PORT = freePort();
    static GreenMail smtp = startSmtp();
    /** A fake complaint-intake: answers GET /api/complaints/{id} for the service account only. */
    static final HttpServer INTAKE = startIntake();
    static final String CITIZEN_EMAIL = "fenna.fictief@example.org";
    /** complaint-intake knows no e-mail address of this complainant: the letters go by post. */
    static final String BY_POST_COMPLAINT = "K-2026-000441";
    /** complaint-intake names one employee concerned: the postponement notice goes to them too. */
    static final String POSTPONED_COMPLAINT = "K-2026-000442";
    /** Both: letters by post and an employee concerned; anonymised after its retention period. */
    static final String ANONYMISED_COMPLAINT = "K-2026-000451";

    @TestConfiguration
    static class TestClock {
        @Bean
        Clock testClock() {
            return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), THURSDAY_21_MAY_2026_MORNING));
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("klachtroute.intake.base-url", () -> "http://127.0.0.1:" + INTAKE.getAddress().getPort());
        registry.add("klachtroute.intake.username", () -> "h.devries");
        registry.add("klachtroute.intake.password", () -> PASSWORD);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TaskService taskService;
    @Autowired
    ComplaintRetention retention;
    @Autowired
    MongoOperations mongo;
    @Autowired
    Environment environment;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    private final JsonMapper json = JsonMapper.builder().build();
    private final EventCodec codec = new EventCodec();
    private KafkaTemplate<String, String> kafka;

    @BeforeEach
    void producer() {
        kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(OutboxAutoConfiguration.producerSettings(brokers)));
    }

    @AfterEach
    void closeProducer() {
        kafka.destroy();
    }

    @Test
    void theTeammanagerFindsTheHearingTaskInTheInboxAndGetsOneEmail() throws Exception {
        assertThat(environment.getProperty("klachtroute.outbox.collections[0]"))
                .as("notification-service.yml is the configuration in use").isEqualTo("tasks");
        FindingsReportOpened opened = EventFixtures.oneOfEach().stream()
                .filter(FindingsReportOpened.class::isInstance).map(FindingsReportOpened.class::cast).findFirst()
                .orElseThrow();
        EventEnvelope event = EventFixtures.envelope(opened, "findings-report");

        publish(event);

        JsonNode task = awaitOneTask("tm.jansen", "", EventFixtures.COMPLAINT_ID);
        assertThat(task.get("status").asString()).isEqualTo("OPEN");
        assertThat(task.get("kind").asString()).isEqualTo("HOLD_HEARING_AND_COMPLETE_REPORT");
        assertThat(task.get("dueOn").asString()).isEqualTo("2026-05-20");
        assertThat(task.get("overdue").asBoolean()).as("due yesterday").isTrue();
        assertThat(task.get("instruction").asString()).isEqualTo("Hoorgesprek houden en Rapport van Bevindingen "
                + "invullen voor klacht K-2026-000123 uiterlijk woensdag 20 mei 2026");

        MimeMessage mail = awaitExactlyOneMail("tm.jansen@klachtroute.local", EventFixtures.COMPLAINT_ID);
        assertThat(mail.getFrom()[0].toString()).isEqualTo("klachtroute@klachtroute.local");
        assertThat(body(mail)).contains("Klacht K-2026-000123.").contains("Uiterlijk woensdag 20 mei 2026.")
                .contains("http://localhost:8083/inbox").startsWith("Beste Tom Jansen,");

        JsonNode message = awaitMessage(EventFixtures.COMPLAINT_ID, "SENT");
        assertThat(message.get("template").asString()).isEqualTo("task-created");
        assertThat(message.get("recipientId").asString()).isEqualTo("tm.jansen");
        assertThat(message.get("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void onlyTheOwnerAndTheOwnersLeadSeeTheTask() throws Exception {
        String complaint = "K-2026-000301";
        publish(opened(complaint, "tm.jansen", LocalDate.of(2026, 6, 10)));
        awaitOneTask("tm.jansen", "", complaint);

        assertThat(tasksFor(complaint, tasks("mw.bakker", ""))).as("a team member does not see the manager's task")
                .isEmpty();
        mvc.perform(get("/api/tasks").param("owner", "tm.jansen").with(httpBasic("mw.bakker", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://klachtroute.nl/problems/access-refused"));
        mvc.perform(get("/api/tasks").param("owner", "tm.jansen").with(httpBasic("tm.bakker", PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(tasksFor(complaint, tasks("am.visser", "owner=tm.jansen")))
                .as("am.visser leads tm.jansen").hasSize(1);
        mvc.perform(get("/api/tasks")).andExpect(status().isUnauthorized());
    }

    @Test
    void theSameEventDeliveredTwiceGivesOneTaskAndOneEmail() throws Exception {
        String complaint = "K-2026-000302";
        EventEnvelope event = opened(complaint, "tm.jansen", LocalDate.of(2026, 6, 12));

        publish(event);
        publish(event);
        // Same key, same partition: once the submission is processed, both copies before it were too.
        publish(event.causes(new FindingsReportSubmitted("R-" + complaint, LocalDate.of(2026, 5, 21)),
                "findings-report", Instant.now()));
        await().atMost(WAIT).until(() -> tasksFor(complaint, tasks("tm.jansen", "status=DONE")).size() == 1);
        // Even past the inbox's de-duplication (a crash before the event was marked processed):
        taskService.reportOpened(event, event.payloadAs(FindingsReportOpened.class));

        assertThat(tasksFor(complaint, tasks("tm.jansen", ""))).hasSize(1);
        awaitExactlyOneMail("tm.jansen@klachtroute.local", complaint);
        assertThat(messages(complaint)).filteredOn(m -> m.get("recipientId").asString().equals("tm.jansen"))
                .hasSize(1);
    }

    /**
     * The fault test: the mail server is down while tasks are created through events; every e-mail waits
     * (recorded, retried, the circuit breaker opens) and arrives exactly once when the server is back.
     */
    @Test
    void whileTheMailServerIsDownEveryEmailWaitsAndArrivesExactlyOnceWhenItIsBack() throws Exception {
        String complaint = "K-2026-000303";
        List<String> registeredWhileDown = List.of("K-2026-000411", "K-2026-000412", "K-2026-000413");
        smtp.stop();
        try {
            publish(opened(complaint, "tm.jansen", LocalDate.of(2026, 6, 15)));
            for (String id : registeredWhileDown) {
                EventEnvelope registered = registered(id, true);
                publishComplaint(registered);
                publishComplaint(registered.causes(new HandlerAssigned("h.devries", null, LocalDate.of(2026, 5, 21)),
                        "complaint-intake", Instant.now()));
            }

            awaitOneTask("tm.jansen", "", complaint);
            await().atMost(WAIT).until(() -> {
                List<JsonNode> messages = staffMessages(complaint);
                return messages.size() == 1 && messages.get(0).get("state").asString().equals("PENDING")
                        && messages.get(0).get("attempts").asInt() >= 2;
            });
            JsonNode waiting = staffMessages(complaint).get(0);
            assertThat(waiting.get("lastError").asString()).startsWith("smtp-");
            assertThat(waiting.get("nextAttemptAt").isMissingNode()).isFalse();
            await().atMost(WAIT).until(() -> registeredWhileDown.stream().allMatch(id -> {
                try {
                    return messages(id).size() == 3;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
            assertThat(mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8))
                    .as("the breaker and the delivery outcomes are measured")
                    .contains("resilience4j_circuitbreaker_state").contains("klachtroute_mail_deliveries_total");
        } finally {
            smtp = startSmtp();
        }

        awaitExactlyOneMail("tm.jansen@klachtroute.local", complaint);
        assertThat(subject(awaitExactlyOneMail(CITIZEN_EMAIL, complaint))).as("the invitation to the citizen")
                .startsWith("Uitnodiging voor een gesprek");
        JsonNode sent = awaitMessage(complaint, "SENT");
        assertThat(sent.get("attempts").asInt()).isGreaterThanOrEqualTo(3);
        for (String id : registeredWhileDown) {
            assertThat(subject(awaitExactlyOneMail("sis.lead@klachtroute.local", id)))
                    .isEqualTo("Nieuwe taak voor klacht " + id + ": Ontvangstbevestiging sturen");
            await().atMost(WAIT).until(() -> mailsTo("h.devries@klachtroute.local", id).size() == 2);
        }
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(5)).until(() -> registeredWhileDown.stream()
                .allMatch(id -> mailsTo("h.devries@klachtroute.local", id).stream().map(NotificationFlowTest::subject)
                        .distinct().count() == 2 && mailsTo("h.devries@klachtroute.local", id).size() == 2));
    }

    @Test
    void submittingTheReportCompletesTheTask() throws Exception {
        String complaint = "K-2026-000304";
        EventEnvelope event = opened(complaint, "tm.jansen", LocalDate.of(2026, 6, 17));
        publish(event);
        awaitOneTask("tm.jansen", "status=OPEN", complaint);

        publish(event.causes(new FindingsReportSubmitted("R-" + complaint, LocalDate.of(2026, 5, 21)),
                "findings-report", Instant.now()));

        JsonNode done = await().atMost(WAIT).until(() -> tasksFor(complaint, tasks("tm.jansen", "status=DONE")),
                found -> found.size() == 1).get(0);
        assertThat(done.get("overdue").asBoolean()).isFalse();
        assertThat(tasksFor(complaint, tasks("tm.jansen", "status=OPEN"))).isEmpty();
    }

    @Test
    void theInboxFiltersOverdueAndDueBeforeAndPagesByDueDate() throws Exception {
        publish(opened("K-2026-000311", "tm.bakker", LocalDate.of(2026, 6, 10)));
        publish(opened("K-2026-000312", "tm.bakker", LocalDate.of(2026, 5, 20)));
        publish(opened("K-2026-000313", "tm.bakker", LocalDate.of(2026, 5, 28)));
        await().atMost(WAIT).until(() -> tasks("tm.bakker", "").size() == 3);

        assertThat(complaints(tasks("tm.bakker", ""))).as("earliest due first")
                .containsExactly("K-2026-000312", "K-2026-000313", "K-2026-000311");
        assertThat(complaints(tasks("tm.bakker", "overdue=true"))).containsExactly("K-2026-000312");
        assertThat(complaints(tasks("tm.bakker", "dueBefore=2026-06-01")))
                .containsExactly("K-2026-000312", "K-2026-000313");
        assertThat(tasks("tm.bakker", "status=DONE")).isEmpty();

        JsonNode secondPage = inbox("tm.bakker", "size=2&page=1");
        assertThat(secondPage.get("totalItems").asInt()).isEqualTo(3);
        assertThat(secondPage.get("totalPages").asInt()).isEqualTo(2);
        assertThat(complaints(list(secondPage.get("items")))).containsExactly("K-2026-000311");

        mvc.perform(get("/api/tasks").param("size", "500").with(httpBasic("tm.bakker", PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("size"));
        mvc.perform(get("/api/tasks").param("status", "LATER").with(httpBasic("tm.bakker", PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("status"));
    }

    @Test
    void deliveryStateIsForTheComplaintTeamOnly() throws Exception {
        mvc.perform(get("/api/messages").param("complaintId", EventFixtures.COMPLAINT_ID)
                .with(httpBasic("tm.jansen", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/messages").param("complaintId", EventFixtures.COMPLAINT_ID)
                .with(httpBasic("admin", PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/messages").with(httpBasic("h.devries", PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("complaintId"));
    }

    @Test
    void theInboxPageWorksWithoutAnythingFromTheInternet() throws Exception {
        String page = mvc.perform(get("/inbox").with(httpBasic("tm.jansen", PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Mijn taken").contains("<script src=\"/inbox/inbox.js\">")
                .doesNotContain("http://").doesNotContain("https://");
        String script = mvc.perform(get("/inbox/inbox.js").with(httpBasic("tm.jansen", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(script).contains("/api/tasks?").contains("new EventSource('/api/tasks/stream'")
                .doesNotContain("innerHTML");
        mvc.perform(get("/inbox")).andExpect(status().isUnauthorized());
    }

    @Test
    void poisonEventsGoToTheDeadLetterTopicAndDoNotBlockTheOthers() throws Exception {
        String complaint = "K-2026-000305";
        kafka.send(Topics.FINDINGS, complaint, "{\"this is\": \"not an event\"").get(10, TimeUnit.SECONDS);
        publish(opened(complaint, "tm.jansen", LocalDate.of(2026, 6, 19)));

        awaitOneTask("tm.jansen", "", complaint);
        try (TopicReader dlq = new TopicReader(brokers, "klachtroute.findings.v1.notification-service.dlq")) {
            await().atMost(WAIT).until(() -> dlq.records().stream()
                    .anyMatch(r -> new String(r.value(), StandardCharsets.UTF_8).contains("not an event")));
        }
    }

    @Test
    void everyNotificationEventMatchesItsSchemaAndCarriesNoPersonalData() throws Exception {
        String complaint = "K-2026-000306";
        EventEnvelope event = opened(complaint, "tm.jansen", LocalDate.of(2026, 6, 24));
        publish(event);
        awaitExactlyOneMail("tm.jansen@klachtroute.local", complaint);
        publish(event.causes(new FindingsReportSubmitted("R-" + complaint, LocalDate.of(2026, 5, 21)),
                "findings-report", Instant.now()));

        try (TopicReader reader = new TopicReader(brokers, Topics.NOTIFICATION)) {
            List<ConsumerRecord<String, byte[]>> records = await().atMost(WAIT).until(reader::records,
                    found -> payloadTypes(found, complaint).containsAll(List.of(TaskCreated.class, MessageSent.class,
                            TaskCompleted.class))
                            && payloadTypes(found, complaint).stream().filter(TaskCreated.class::equals).count() == 2);
            assertThat(records).allSatisfy(record -> {
                String text = new String(record.value(), StandardCharsets.UTF_8);
                DomainEvent payload = codec.decode(text).payload();
                assertThat(EventSchemas.violations(EventCatalog.of(payload), text)).as(text).isEmpty();
                assertThat(text).doesNotContain("@").doesNotContain("Tom Jansen").doesNotContain("Tara Bakker");
            });
            // The teammanager's task, done on submission; then the handler's "judge the report" task.
            assertThat(payloadTypes(records, complaint)).filteredOn(TaskCreated.class::equals).hasSize(2);
            assertThat(payloadTypes(records, complaint)).filteredOn(TaskCompleted.class::equals).hasSize(1);
            EventEnvelope created = codec.decode(new String(records.stream().filter(r -> r.key().equals(complaint))
                    .findFirst().orElseThrow().value(), StandardCharsets.UTF_8));
            assertThat(created.payload()).isInstanceOf(TaskCreated.class);
            assertThat(created.causationId()).as("caused by the opened report").isEqualTo(event.eventId());
            assertThat(created.correlationId()).isEqualTo(event.correlationId());
            assertThat(created.producer()).isEqualTo("notification-service");
        }
    }

    // --- the complaint route (issue 5) ---------------------------------------------------------------

    static final LocalDate CONTACT_DEADLINE = LocalDate.of(2026, 5, 28);
    static final LocalDate HANDLING_DEADLINE = LocalDate.of(2026, 7, 2);

    @Test
    void aBejegeningComplaintGivesTheHandlerAndTheTeammanagerTheirTasksAndEmails() throws Exception {
        String complaint = "K-2026-000401";
        EventEnvelope registered = registered(complaint, true);
        publishComplaint(registered);
        JsonNode intake = awaitOneTask("sis.lead", "status=OPEN", complaint);
        assertThat(intake.get("kind").asString()).as("no handler yet: the intake owner sends it")
                .isEqualTo("SEND_ACKNOWLEDGEMENT");
        assertThat(intake.get("dueOn").asString()).isEqualTo("2026-05-28");

        publishComplaint(registered.causes(new HandlerAssigned("h.devries", null, LocalDate.of(2026, 5, 21)),
                "complaint-intake", Instant.now()));
        publishComplaint(registered.causes(new BejegeningRouteStarted("Activering", "Activering Noord"),
                "complaint-intake", Instant.now()));
        publish(EventEnvelope.first(complaint, new FindingsReportOpened("R-" + complaint, "Activering",
                "Activering Noord", "tm.jansen", LocalDate.of(2026, 6, 11)), "findings-report", Instant.now(),
                registered.correlationId()));

        List<JsonNode> handlerTasks = await().atMost(WAIT).until(() -> tasksFor(complaint, tasks("h.devries", "")),
                found -> found.size() == 2);
        assertThat(handlerTasks).extracting(t -> t.get("kind").asString())
                .containsExactlyInAnyOrder("SEND_ACKNOWLEDGEMENT", "CONTACT_CITIZEN");
        assertThat(handlerTasks).allSatisfy(t -> assertThat(t.get("dueOn").asString()).isEqualTo("2026-05-28"));
        assertThat(tasksFor(complaint, tasks("sis.lead", "status=HANDED_OVER"))).hasSize(1);
        assertThat(tasksFor(complaint, tasks("sis.lead", "status=OPEN"))).isEmpty();

        JsonNode hearing = awaitOneTask("tm.jansen", "", complaint);
        assertThat(hearing.get("kind").asString()).isEqualTo("HOLD_HEARING_AND_COMPLETE_REPORT");
        assertThat(body(awaitExactlyOneMail("tm.jansen@klachtroute.local", complaint)))
                .contains("Hoorgesprek houden en Rapport van Bevindingen invullen.")
                .contains("Uiterlijk donderdag 11 juni 2026.");
        await().atMost(WAIT).until(() -> mailsTo("h.devries@klachtroute.local", complaint).size() == 2);

        publishComplaint(registered.causes(new ComplaintAcknowledged(LocalDate.of(2026, 5, 21)), "complaint-intake",
                Instant.now()));
        publish(registered.causes(new FindingsReportSubmitted("R-" + complaint, LocalDate.of(2026, 6, 1)),
                "findings-report", Instant.now()));

        JsonNode judge = await().atMost(WAIT).until(() -> tasksFor(complaint, tasks("h.devries", "status=OPEN")),
                found -> found.size() == 2 && found.stream()
                        .noneMatch(t -> t.get("kind").asString().equals("SEND_ACKNOWLEDGEMENT")))
                .stream().filter(t -> t.get("kind").asString().equals("JUDGE_RETURNED_REPORT")).findFirst()
                .orElseThrow();
        assertThat(judge.get("dueOn").asString()).as("by the handling deadline").isEqualTo("2026-07-02");
        awaitOneTask("tm.jansen", "status=DONE", complaint);

        publish(registered.causes(new FindingsReportAccepted("R-" + complaint, LocalDate.of(2026, 6, 3)),
                "findings-report", Instant.now()));
        await().atMost(WAIT).until(() -> tasksFor(complaint, tasks("h.devries", "status=OPEN")).stream()
                .map(t -> t.get("kind").asString()).toList().equals(List.of("CONTACT_CITIZEN")));
    }

    @Test
    void contactingTheCitizenClosesTheContactTaskAndAnIncompleteComplaintAsksForDetails() throws Exception {
        String complaint = "K-2026-000402";
        EventEnvelope registered = registered(complaint, false);
        publishComplaint(registered);
        publishComplaint(registered.causes(new HandlerAssigned("h.smit", null, LocalDate.of(2026, 5, 21)),
                "complaint-intake", Instant.now()));
        await().atMost(WAIT).until(() -> tasksFor(complaint, tasks("h.smit", "status=OPEN")).size() == 3);
        assertThat(tasksFor(complaint, tasks("h.smit", ""))).extracting(t -> t.get("kind").asString())
                .containsExactlyInAnyOrder("SEND_ACKNOWLEDGEMENT", "REQUEST_MISSING_DETAILS", "CONTACT_CITIZEN");

        publishComplaint(registered.causes(new CitizenContacted(LocalDate.of(2026, 5, 22), Channel.PHONE, true),
                "complaint-intake", Instant.now()));
        publishComplaint(registered.causes(new MissingDetailsRequested(LocalDate.of(2026, 5, 22), List.of("address")),
                "complaint-intake", Instant.now()));

        await().atMost(WAIT).until(() -> tasksFor(complaint, tasks("h.smit", "status=DONE")).size() == 2);
        assertThat(tasksFor(complaint, tasks("h.smit", "status=OPEN"))).singleElement()
                .satisfies(t -> assertThat(t.get("kind").asString()).isEqualTo("SEND_ACKNOWLEDGEMENT"));
        assertThat(tasksFor(complaint, tasks("h.smit", "status=DONE"))).extracting(t -> t.get("kind").asString())
                .containsExactlyInAnyOrder("CONTACT_CITIZEN", "REQUEST_MISSING_DETAILS");
    }

    @Test
    void aMissedDeadlineEscalatesToTheOwnersLeadAndAnApproachingOneReminds() throws Exception {
        String complaint = "K-2026-000403";
        EventEnvelope registered = registered(complaint, true);
        publishComplaint(registered);
        publishComplaint(registered.causes(new HandlerAssigned("h.devries", null, LocalDate.of(2026, 5, 21)),
                "complaint-intake", Instant.now()));
        publishComplaint(registered.causes(new DeadlineApproaching(DeadlineKind.CONTACT, CONTACT_DEADLINE, null),
                "complaint-intake", Instant.now()));
        EventEnvelope missed = registered.causes(new DeadlineMissed(DeadlineKind.CONTACT, CONTACT_DEADLINE, null),
                "complaint-intake", Instant.now());
        publishComplaint(missed);
        publishComplaint(missed);

        JsonNode escalation = await().atMost(WAIT).until(() -> tasksFor(complaint, tasks("sis.lead", "status=OPEN")),
                found -> found.stream().anyMatch(t -> t.get("instruction").asString().startsWith("Termijn verlopen")))
                .stream().filter(t -> t.get("instruction").asString().startsWith("Termijn verlopen")).findFirst()
                .orElseThrow();
        assertThat(escalation.get("kind").asString()).isEqualTo("CONTACT_CITIZEN");
        assertThat(escalation.get("instruction").asString()).isEqualTo("Termijn verlopen op donderdag 28 mei 2026: "
                + "Contact opnemen met de klager voor klacht K-2026-000403 (taak van h.devries). "
                + "Zorg dat het zo snel mogelijk gebeurt");
        mvc.perform(get("/api/tasks").param("owner", "sis.lead").with(httpBasic("h.devries", PASSWORD)))
                .andExpect(status().isForbidden());

        await().atMost(WAIT).until(() -> mailsTo("sis.lead@klachtroute.local", complaint).stream()
                .anyMatch(m -> subject(m).startsWith("Termijn verlopen")));
        await().atMost(WAIT).until(() -> mailsTo("h.devries@klachtroute.local", complaint).stream()
                .map(NotificationFlowTest::subject).toList().containsAll(List.of(
                        "Herinnering voor klacht K-2026-000403: Contact opnemen met de klager",
                        "Termijn verlopen voor klacht K-2026-000403: Contact opnemen met de klager")));
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(5)).until(() -> mailsTo(
                "sis.lead@klachtroute.local", complaint).stream().filter(m -> subject(m).startsWith("Termijn verlopen"))
                .count() == 1);

        publish(EventEnvelope.first(complaint, new FindingsReportDeadlineMissed("R-" + complaint,
                LocalDate.of(2026, 6, 11), "tm.jansen"), "findings-report", Instant.now(), registered.correlationId()));
        JsonNode reportEscalation = awaitOneTask("am.visser", "", complaint);
        assertThat(reportEscalation.get("kind").asString()).isEqualTo("HOLD_HEARING_AND_COMPLETE_REPORT");
        assertThat(reportEscalation.get("instruction").asString()).contains("(taak van tm.jansen)");
    }

    @Test
    void poisonComplaintEventsGoToTheirOwnDeadLetterTopicWhereAdminsSeeReplayAndDiscardThemOnTheRecord()
            throws Exception {
        String complaint = "K-2026-000404";
        String dlqTopic = "klachtroute.complaint.v1.notification-service.dlq";
        kafka.send(Topics.COMPLAINT, complaint, "{\"broken\": ").get(10, TimeUnit.SECONDS);
        try (TopicReader dlq = new TopicReader(brokers, dlqTopic)) {
            await().atMost(WAIT).until(() -> dlq.records().stream().filter(r -> complaint.equals(r.key())).count() == 1);
        }

        mvc.perform(get("/api/dead-letters").with(httpBasic("h.devries", PASSWORD))).andExpect(status().isForbidden());
        JsonNode topics = json.readTree(mvc.perform(get("/api/dead-letters").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode complaintDlq = list(topics).stream().filter(t -> t.get("topic").asString().equals(dlqTopic))
                .findFirst().orElseThrow();
        assertThat(complaintDlq.get("waiting").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode deadLetter = list(complaintDlq.get("records")).stream()
                .filter(r -> r.get("key").asString().equals(complaint)).findFirst().orElseThrow();
        assertThat(deadLetter.get("originalTopic").asString()).isEqualTo(Topics.COMPLAINT);
        assertThat(deadLetter.toString()).as("no payload is shown").doesNotContain("broken");
        assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("klachtroute_deadletters{topic=\"" + dlqTopic);

        mvc.perform(post("/api/dead-letters/{topic}/{partition}/{offset}/replay", dlqTopic,
                deadLetter.get("partition").asInt(), deadLetter.get("offset").asLong())
                .with(httpBasic("admin", PASSWORD))).andExpect(status().isAccepted());
        try (TopicReader dlq = new TopicReader(brokers, dlqTopic)) {
            // Replayed, and still poison, so dead-lettered again.
            await().atMost(WAIT)
                    .until(() -> dlq.records().stream().filter(r -> complaint.equals(r.key())).count() == 2);
        }
        mvc.perform(post("/api/dead-letters/{topic}/0/999999/replay", dlqTopic).with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isNotFound());

        // The operator decides it needs no replay: discarded with a reason, recorded, and final.
        String discard = "/api/dead-letters/" + dlqTopic + "/" + deadLetter.get("partition").asInt() + "/"
                + deadLetter.get("offset").asLong() + "/discard";
        mvc.perform(post(discard).with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \" \"}")).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("reason")));
        mvc.perform(post(discard).with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"Kapot bericht uit een test van de koppeling; bestaat niet bij intake\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.action").value("DISCARDED"))
                .andExpect(jsonPath("$.by").value("admin"));
        mvc.perform(post(discard).with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"nogmaals\"}")).andExpect(status().isConflict());
        mvc.perform(post("/api/dead-letters/{topic}/{partition}/{offset}/replay", dlqTopic,
                deadLetter.get("partition").asInt(), deadLetter.get("offset").asLong())
                .with(httpBasic("admin", PASSWORD))).andExpect(status().isConflict());
        JsonNode after = json.readTree(mvc.perform(get("/api/dead-letters").with(httpBasic("admin", PASSWORD)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode decided = list(list(after).stream().filter(t -> t.get("topic").asString().equals(dlqTopic))
                .findFirst().orElseThrow().get("records")).stream()
                .filter(r -> r.get("offset").asLong() == deadLetter.get("offset").asLong()
                        && r.get("partition").asInt() == deadLetter.get("partition").asInt())
                .findFirst().orElseThrow();
        assertThat(decided.get("decision").get("action").asString()).isEqualTo("DISCARDED");
        assertThat(decided.get("decision").get("reason").asString()).startsWith("Kapot bericht");
    }

    @Test
    void theCitizenGetsTheAcknowledgementAsAnHtmlLetterAddressedFromComplaintIntakeAtSendTime() throws Exception {
        String complaint = "K-2026-000421";
        EventEnvelope registered = registered(complaint, true);
        publishComplaint(registered);
        publishComplaint(registered.causes(new HandlerAssigned("h.devries", null, LocalDate.of(2026, 5, 21)),
                "complaint-intake", Instant.now()));
        EventEnvelope acknowledged = registered.causes(new ComplaintAcknowledged(LocalDate.of(2026, 5, 21)),
                "complaint-intake", Instant.now());
        publishComplaint(acknowledged);
        publishComplaint(acknowledged);

        MimeMessage letter = awaitExactlyOneMail(CITIZEN_EMAIL, complaint);
        assertThat(letter.getSubject()).isEqualTo("Wij hebben uw klacht ontvangen (klacht " + complaint + ")");
        String raw = new String(letter.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(letter.getContentType()).startsWith("multipart/");
        java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
        letter.writeTo(whole);
        assertThat(whole.toString(StandardCharsets.UTF_8)).contains("text/html").contains("text/plain");
        assertThat(raw).isNotEmpty();
        assertThat(tasksFor(complaint, tasks("h.devries", "status=DONE"))).extracting(t -> t.get("kind").asString())
                .containsExactly("SEND_ACKNOWLEDGEMENT");

        JsonNode recorded = await().atMost(WAIT).until(() -> messages(complaint).stream()
                .filter(m -> m.get("recipientKind").asString().equals("CITIZEN")).toList(),
                found -> found.size() == 1 && found.get(0).get("state").asString().equals("SENT")).get(0);
        assertThat(recorded.get("template").asString()).isEqualTo("ontvangstbevestiging");
        assertThat(recorded.get("templateVersion").asInt()).isEqualTo(1);
        assertThat(recorded.get("channel").asString()).isEqualTo("EMAIL");
        assertThat(recorded.get("sentAt").isMissingNode()).isFalse();
        assertThat(recorded.toString()).doesNotContain("Fenna").doesNotContain(CITIZEN_EMAIL);
    }

    @Test
    void aNewTaskAppearsOnTheOwnersLiveStreamOnly() throws Exception {
        String complaint = "K-2026-000431";
        MvcResult own = mvc.perform(get("/api/tasks/stream").with(httpBasic("h.smit", PASSWORD)))
                .andExpect(request().asyncStarted()).andReturn();
        MvcResult other = mvc.perform(get("/api/tasks/stream").with(httpBasic("h.devries", PASSWORD)))
                .andExpect(request().asyncStarted()).andReturn();
        EventEnvelope registered = registered(complaint, true);
        publishComplaint(registered);
        publishComplaint(registered.causes(new HandlerAssigned("h.smit", null, LocalDate.of(2026, 5, 21)),
                "complaint-intake", Instant.now()));

        // Two tasks arrive (send the acknowledgement, contact the citizen); wait for the second as well.
        await().atMost(WAIT).until(() -> own.getResponse().getContentAsString(StandardCharsets.UTF_8)
                .contains("\"complaintId\":\"" + complaint + "\"") && own.getResponse()
                .getContentAsString(StandardCharsets.UTF_8).contains("\"kind\":\"CONTACT_CITIZEN\""));
        String stream = own.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(own.getResponse().getContentType()).startsWith("text/event-stream");
        assertThat(stream).contains("event:task").contains("\"kind\":\"CONTACT_CITIZEN\"")
                .contains("\"ownerId\":\"h.smit\"");
        assertThat(other.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain(complaint);
        mvc.perform(get("/api/tasks/stream")).andExpect(status().isUnauthorized());
    }

    // --- letters for post (issue 5) -------------------------------------------------------------------

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aLetterToACitizenWithoutEmailGoesByPostAndTheHandlerGetsItAsPdf(CapturedOutput output) throws Exception {
        String complaint = BY_POST_COMPLAINT;
        EventEnvelope registered = registered(complaint, true);
        publishComplaint(registered);
        publishComplaint(registered.causes(new HandlerAssigned("h.devries", null, LocalDate.of(2026, 5, 21)),
                "complaint-intake", Instant.now()));
        publishComplaint(registered.causes(new StandardRouteStarted("Activering", "Activering Noord"),
                "complaint-intake", Instant.now()));

        JsonNode letter = await().atMost(WAIT).until(() -> messages(complaint).stream()
                .filter(m -> m.get("recipientKind").asString().equals("CITIZEN")).toList(),
                found -> found.size() == 1 && found.get(0).get("state").asString().equals("TO_POST")).get(0);
        assertThat(letter.get("channel").asString()).isEqualTo("POST");
        assertThat(letter.get("template").asString()).isEqualTo("uitnodiging-hoorgesprek");
        assertThat(letter.get("lastError").asString()).contains("by post");
        String pdfPath = letter.get("pdf").asString();
        assertThat(pdfPath).isEqualTo("/api/complaints/" + complaint + "/letters/" + letter.get("id").asString()
                + ".pdf");

        byte[] pdf = mvc.perform(get(pdfPath).with(httpBasic("h.devries", PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).as("A4").isCloseTo(595.3f, within(0.5f));
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Gemeente Amsterdam").contains("Fenna Fictief Fictieve Gracht 1 1011 AA Amsterdam")
                    .contains("Klachtnummer: " + complaint).contains("Beste Fenna Fictief,")
                    .contains("Dit is een uitnodiging.")
                    .contains("U mag altijd één of twee personen meenemen naar het gesprek")
                    .contains("WMO loket 08 00 – 06 43").contains("www.deondersteunersvanamsterdam.nl")
                    .contains("U praat met Hanna de Vries.");
        }
        assertThat(output.getAll()).as("the letter's text and the citizen's data are not logged")
                .doesNotContain("Fictieve Gracht").doesNotContain("Fenna").doesNotContain("één of twee personen");
        assertThat(mailsTo(CITIZEN_EMAIL, complaint)).isEmpty();

        mvc.perform(get(pdfPath).with(httpBasic("tm.jansen", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/complaints/{id}/letters/{message}.pdf", complaint, "M-unknown")
                .with(httpBasic("h.devries", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://klachtroute.nl/problems/not-found"));
        mvc.perform(get("/api/complaints/{id}/letters/{message}.pdf", "K-2026-000999", letter.get("id").asString())
                .with(httpBasic("h.devries", PASSWORD))).andExpect(status().isNotFound());

        // Once posted, the letter counts as sent, by post, and says so once on the notification topic.
        String posted = "/api/complaints/" + complaint + "/letters/" + letter.get("id").asString() + "/posted";
        mvc.perform(post(posted).with(httpBasic("tm.jansen", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(post(posted).with(httpBasic("h.devries", PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SENT")).andExpect(jsonPath("$.channel").value("POST"));
        mvc.perform(post(posted).with(httpBasic("h.devries", PASSWORD))).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        try (TopicReader reader = new TopicReader(brokers, Topics.NOTIFICATION)) {
            await().atMost(WAIT).untilAsserted(() -> assertThat(reader.events())
                    .filteredOn(e -> e.payload() instanceof MessageSent sent
                            && sent.messageId().equals(letter.get("id").asString()))
                    .singleElement().satisfies(e -> {
                        assertThat(((MessageSent) e.payload()).channel()).isEqualTo(MessageChannel.POST);
                        assertThat(e.complaintId()).isEqualTo(complaint);
                    }));
        }
    }

    // --- hostile input (issue 7) ------------------------------------------------------------------------

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "an unknown status|/api/tasks?status=MAYBE|status",
        "an impossible date|/api/tasks?dueBefore=2026-13-01|dueBefore",
        "a negative page|/api/tasks?page=-1|page",
        "a page of a million|/api/tasks?size=1000000|size",
        "a path as owner|/api/tasks?owner=..%2F..%2Fetc|owner" })
    void aHostileInboxQueryGetsAProblemNamingTheParameter(String what, String url, String field) throws Exception {
        var answer = mvc.perform(get(java.net.URI.create(url)).with(httpBasic("h.devries", PASSWORD))).andReturn()
                .getResponse();
        assertThat(answer.getStatus()).as(what).isIn(400, 422);
        assertThat(answer.getContentType()).as(what).isEqualTo("application/problem+json");
        assertThat(answer.getContentAsString()).as(what).contains(field);
    }

    @Test
    void nobodyReadsAnotherPersonsTasksOrTheOperatorsToolsWithoutTheRole() throws Exception {
        assertThat(mvc.perform(get("/api/tasks?owner=h.smit").with(httpBasic("h.devries", PASSWORD))).andReturn()
                .getResponse().getStatus()).as("a colleague's inbox").isEqualTo(403);
        mvc.perform(get("/api/dead-letters").with(httpBasic("h.devries", PASSWORD))).andExpect(status().isForbidden());
        var replay = mvc.perform(post("/api/dead-letters/klachtroute.complaint.v1.notification-service.dlq/0/0/replay")
                .with(httpBasic("sis.lead", PASSWORD))).andReturn().getResponse();
        assertThat(replay.getStatus()).as(replay.getContentAsString()).isEqualTo(403);
        mvc.perform(get("/api/messages?complaintId=K-2026-000001").with(httpBasic("an.peters", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/complaints/{id}/letters/{m}.pdf", "..%2F..", "M-1").with(httpBasic("h.devries", PASSWORD)))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/api/tasks").header("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJyb2xlcyI6WyJBRE1JTiJdfQ."))
                .andExpect(status().isUnauthorized());
    }

    // --- postponement notice to the employee (issue 5) ------------------------------------------------

    @Test
    void aPostponementIsNoticedToTheCitizenAndOnceToTheEmployeeConcernedButALaterDelayOnlyToTheCitizen()
            throws Exception {
        String complaint = POSTPONED_COMPLAINT;
        EventEnvelope registered = registered(complaint, true);
        publishComplaint(registered);
        publishComplaint(registered.causes(new HandlerAssigned("h.devries", null, LocalDate.of(2026, 5, 21)),
                "complaint-intake", Instant.now()));
        EventEnvelope postponed = registered.causes(new HandlingDeadlineExtended(HANDLING_DEADLINE,
                HANDLING_DEADLINE.plusWeeks(4), 4, false), "complaint-intake", Instant.now());
        publishComplaint(postponed);
        publishComplaint(postponed); // redelivered

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(mailsTo("mw.bakker@klachtroute.local", complaint)).singleElement().satisfies(mail -> {
                assertThat(subject(mail)).contains("De behandeling van de klacht over u duurt langer");
                assertThat(GreenMailUtil.getBody(mail)).contains("Beste Mo Bakker").contains("4 weken")
                        .doesNotContain("Fenna").doesNotContain("Fictieve Gracht");
            });
            assertThat(mailsTo(CITIZEN_EMAIL, complaint)).filteredOn(m -> subject(m).contains("meer tijd"))
                    .hasSize(1);
        });
        assertThat(messages(complaint)).filteredOn(m -> m.get("recipientKind").asString().equals("EMPLOYEE"))
                .singleElement().satisfies(m -> assertThat(m.get("state").asString()).isEqualTo("SENT"));

        publishComplaint(registered.causes(new HandlingDeadlineExtended(HANDLING_DEADLINE.plusWeeks(4),
                HANDLING_DEADLINE.plusWeeks(6), 2, true), "complaint-intake", Instant.now()));
        await().atMost(WAIT).until(() -> mailsTo(CITIZEN_EMAIL, complaint).stream()
                .filter(m -> subject(m).contains("meer tijd")).count() == 2);
        assertThat(mailsTo("mw.bakker@klachtroute.local", complaint)).as("consent delays concern the citizen")
                .hasSize(1);
    }

    // --- retention ------------------------------------------------------------------------------------

    /**
     * DOMAIN.md: "expired complaints are anonymised, and analytics keeps only the counts". A complaint with
     * tasks, letters by post (one posted, two still waiting) and the notice to the employee concerned is
     * anonymised: afterwards every task, letter and e-mail is still there with its kind, state and dates, but
     * nothing names the citizen or the employee, no letter text is left, the waiting letters are cancelled,
     * and nothing new is made for the complaint.
     */
    @Test
    void anAnonymisedComplaintKeepsWhatCountsButNothingThatNamesTheCitizenOrTheEmployee() throws Exception {
        String complaint = ANONYMISED_COMPLAINT;
        EventEnvelope registered = registered(complaint, true);
        publishComplaint(registered);
        publishComplaint(registered.causes(new HandlerAssigned("h.devries", null, LocalDate.of(2026, 5, 21)),
                "complaint-intake", Instant.now()));
        publishComplaint(registered.causes(new ComplaintAcknowledged(LocalDate.of(2026, 5, 21)), "complaint-intake",
                Instant.now()));
        publishComplaint(registered.causes(new HandlingDeadlineExtended(HANDLING_DEADLINE,
                HANDLING_DEADLINE.plusWeeks(4), 4, false), "complaint-intake", Instant.now()));
        LocalDate closedOn = LocalDate.of(2026, 7, 20);
        publishComplaint(registered.causes(new ComplaintClosed(closedOn, Judgement.GEGROND, 1, true, null, true,
                closedOn.plusYears(1)), "complaint-intake", Instant.now()));

        // Before: two letters wait for the post, the employee and the staff got their e-mails, the work is done.
        await().atMost(WAIT).untilAsserted(() -> {
            List<JsonNode> all = messages(complaint);
            assertThat(all).extracting(m -> m.get("template").asString() + " " + m.get("state").asString())
                    .containsExactlyInAnyOrder("task-created SENT", "task-created SENT", "task-created SENT",
                            "ontvangstbevestiging TO_POST", "verdaging TO_POST", "verdaging-medewerker SENT",
                            "uitkomst TO_POST");
            assertThat(tasksFor(complaint, tasks("h.devries", "status=DONE&size=100"))).hasSize(2);
        });
        JsonNode acknowledgement = letter(complaint, "ontvangstbevestiging");
        String pdfPath = acknowledgement.get("pdf").asString();
        assertThat(pdfText(mvc.perform(get(pdfPath).with(httpBasic("h.devries", PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray()))
                .as("the test can see the citizen in a letter").contains("Fenna Fictief").contains("Fictieve Gracht");
        mvc.perform(post(pdfPath.replace(".pdf", "/posted")).with(httpBasic("h.devries", PASSWORD)))
                .andExpect(status().isOk());
        assertThat(messages(complaint)).filteredOn(m -> m.get("recipientKind").asString().equals("EMPLOYEE"))
                .singleElement().satisfies(m -> assertThat(m.get("recipientId").asString()).isEqualTo("mw.bakker"));
        assertThat(storedMessages(complaint)).as("the letters' text names the handler")
                .anySatisfy(text -> assertThat(text).contains("Hanna de Vries"));
        List<String> tasksBefore = allTasks(complaint);
        assertThat(tasksBefore).hasSize(3);

        LocalDate anonymisedOn = LocalDate.of(2031, 7, 21);
        EventEnvelope anonymised = registered.causes(new ComplaintAnonymised(anonymisedOn, closedOn),
                "complaint-intake", Instant.now());
        publishComplaint(anonymised);

        List<JsonNode> after = await().atMost(WAIT).until(() -> messages(complaint),
                found -> found.size() == 7 && found.stream().allMatch(m -> m.path("erasedOn").asString("")
                        .equals(anonymisedOn.toString())));
        assertThat(after).extracting(m -> m.get("template").asString() + " " + m.get("state").asString())
                .as("every message still counts, with its template and state; what waited is cancelled")
                .containsExactlyInAnyOrder("task-created SENT", "task-created SENT", "task-created SENT",
                        "ontvangstbevestiging SENT", "verdaging CANCELLED", "verdaging-medewerker SENT",
                        "uitkomst CANCELLED");
        assertThat(after).filteredOn(m -> m.get("state").asString().equals("CANCELLED")).allSatisfy(m -> {
            assertThat(m.get("lastError").asString()).startsWith("anonymised:");
            assertThat(m.get("channel").asString()).isEqualTo("POST");
            assertThat(m.get("subject").asString()).contains(complaint);
        });
        assertThat(after).allSatisfy(m -> {
            assertThat(m.path("pdf").isNull() || m.path("pdf").isMissingNode()).as("nothing left to print").isTrue();
            assertThat(m.get("createdAt").isNull()).isFalse();
        });
        assertThat(after).filteredOn(m -> m.get("recipientKind").asString().equals("EMPLOYEE")).singleElement()
                .satisfies(m -> assertThat(m.get("recipientId").asString()).isEqualTo(Message.ERASED));
        assertThat(after.toString()).doesNotContain("Fenna").doesNotContain("Fictief").doesNotContain("Fictieve")
                .doesNotContain(CITIZEN_EMAIL).doesNotContain("mw.bakker").doesNotContain("Mo Bakker");
        assertThat(storedMessages(complaint)).hasSize(7).allSatisfy(text -> assertThat(text)
                .contains("\"body\": \"" + Message.ERASED + "\"").doesNotContain("Hanna de Vries")
                .doesNotContain("Mo Bakker").doesNotContain("mw.bakker").doesNotContain("Fenna")
                .doesNotContain("<html"));

        mvc.perform(get(pdfPath).with(httpBasic("h.devries", PASSWORD)))
                .andExpect(status().isGone())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://klachtroute.nl/problems/letter-erased"));
        JsonNode outcome = after.stream().filter(m -> m.get("template").asString().equals("uitkomst")).findFirst()
                .orElseThrow();
        mvc.perform(post("/api/complaints/{id}/letters/{message}/posted", complaint, outcome.get("id").asString())
                .with(httpBasic("h.devries", PASSWORD))).andExpect(status().isConflict());
        assertThat(allTasks(complaint)).as("the tasks held no personal data and were done: they stay as they were")
                .isEqualTo(tasksBefore);
        assertThat(tasksFor(complaint, tasks("h.devries", "status=DONE&size=100"))).extracting(t -> t.get("kind").asString())
                .containsExactlyInAnyOrder("SEND_ACKNOWLEDGEMENT", "CONTACT_CITIZEN");

        // Nothing new for the complaint: not from a late complaint event, not from a findings event.
        EventEnvelope referral = registered.causes(new OmbudsmanReferralMade(LocalDate.of(2031, 7, 22), false),
                "complaint-intake", Instant.now());
        publishComplaint(referral);
        EventEnvelope opened = opened(complaint, "tm.jansen", LocalDate.of(2031, 8, 1));
        publish(opened);
        await().atMost(WAIT).until(() -> processed(referral) && processed(opened));
        assertThat(messages(complaint).toString()).isEqualTo(after.toString());
        assertThat(tasksFor(complaint, tasks("tm.jansen", "size=100"))).isEmpty();

        // The same event once more, past the inbox's de-duplication: nothing changes.
        retention.anonymised(anonymised, anonymised.payloadAs(ComplaintAnonymised.class));
        assertThat(messages(complaint).toString()).isEqualTo(after.toString());
        assertThat(allTasks(complaint)).isEqualTo(tasksBefore);
    }

    JsonNode letter(String complaintId, String template) throws Exception {
        return messages(complaintId).stream().filter(m -> m.get("template").asString().equals(template)).findFirst()
                .orElseThrow();
    }

    /** Every task about the complaint, whoever owns it, as the inbox shows it. */
    List<String> allTasks(String complaintId) throws Exception {
        List<String> all = new java.util.ArrayList<>();
        for (String owner : List.of("sis.lead", "h.devries", "tm.jansen")) {
            tasksFor(complaintId, tasks(owner, "size=100")).forEach(t -> all.add(t.toString()));
        }
        return all.stream().sorted().toList();
    }

    /** The messages about the complaint as stored, body and all: what an export of the database would show. */
    List<String> storedMessages(String complaintId) {
        return mongo.find(Query.query(Criteria.where("complaintId").is(complaintId)), org.bson.Document.class,
                "messages").stream().map(org.bson.Document::toJson).toList();
    }

    boolean processed(EventEnvelope event) {
        return mongo.exists(Query.query(Criteria.where("_id").is("notification-service:" + event.eventId())), "inbox");
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    // --- pattern signals (issue 5) --------------------------------------------------------------------

    @Test
    void aSignalAboutATeamBecomesOneTaskWithTheEvidenceForItsTeammanagerEvenWhenRaisedTwice() throws Exception {
        String signalId = "S-" + UUID.randomUUID();
        PatternSignalRaised cluster = new PatternSignalRaised(signalId, SignalKind.CONDUCT_CLUSTER, "Activering",
                "Activering Noord", Category.BEJEGENING, "2026-Q2", 7, 2.5);
        EventEnvelope raised = EventEnvelope.first(signalId, cluster, "analytics-service", Instant.now(),
                UUID.randomUUID());

        publishSignal(raised);
        publishSignal(raised);
        // Raised again by analytics (a new event, the same signal) after the first was processed:
        JsonNode task = await().atMost(WAIT).until(() -> signalTasks("tm.jansen", signalId), found -> found.size() == 1)
                .get(0);
        publishSignal(EventEnvelope.first(signalId, cluster, "analytics-service", Instant.now(), UUID.randomUUID()));

        assertThat(task.get("kind").asString()).isEqualTo("REVIEW_PATTERN_SIGNAL");
        assertThat(task.get("complaintId").isNull()).as("about many complaints, not one").isTrue();
        assertThat(task.get("scope").asString())
                .isEqualTo("team Activering Noord (afdeling Activering), categorie bejegening, 2026-Q2");
        assertThat(task.get("dueOn").asString()).as("10 working days after Thu 21 May 2026; Whit Monday 25 May is "
                + "not one").isEqualTo("2026-06-05");
        assertThat(task.get("instruction").asString()).isEqualTo("Signaal uit de klachtcijfers bekijken. "
                + "Er zijn opvallend veel klachten over bejegening of ervaren discriminatie. Het gaat om: team "
                + "Activering Noord (afdeling Activering), categorie bejegening, 2026-Q2. In 2026-Q2: 7 klachten, "
                + "normaal gemiddeld 2,5. Bekijk de cijfers en bepaal wat er moet gebeuren, uiterlijk vrijdag 5 juni 2026");

        MimeMessage mail = awaitExactlyOneMail("tm.jansen@klachtroute.local", "Activering Noord");
        assertThat(subject(mail)).isEqualTo("Nieuwe taak: Signaal uit de klachtcijfers bekijken (team Activering "
                + "Noord (afdeling Activering), categorie bejegening, 2026-Q2)");
        assertThat(body(mail)).contains("Waar gaat het over?\nteam Activering Noord").contains("In 2026-Q2: 7 klachten")
                .contains("Uiterlijk vrijdag 5 juni 2026.").doesNotContain("Voor welke klacht?")
                .doesNotContain("null");
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(5))
                .until(() -> signalTasks("tm.jansen", signalId).size() == 1);
        assertThat(page(mvc.perform(get("/inbox/inbox.js").with(httpBasic("tm.jansen", PASSWORD)))))
                .as("the inbox page shows the scope where a complaint number would be").contains("task.scope");
    }

    @Test
    void aSignalWithoutATeamGoesToTheDepartmentsManagerAndOtherwiseToTheConfiguredManager() throws Exception {
        String department = "S-" + UUID.randomUUID();
        publishSignal(EventEnvelope.first(department, new PatternSignalRaised(department,
                SignalKind.DEADLINE_COMPLIANCE_DROPPING, "Inkomen", null, null, "2026-Q2", 61, 88),
                "analytics-service", Instant.now(), UUID.randomUUID()));
        String nowhere = "S-" + UUID.randomUUID();
        publishSignal(EventEnvelope.first(nowhere, new PatternSignalRaised(nowhere,
                SignalKind.RISING_ABOVE_BASELINE, null, null, Category.FINANCIEEL, "2026-Q2", 40, 12.3),
                "analytics-service", Instant.now(), UUID.randomUUID()));

        JsonNode departmentTask = await().atMost(WAIT).until(() -> signalTasks("am.visser", department),
                found -> found.size() == 1).get(0);
        assertThat(departmentTask.get("scope").asString()).isEqualTo("afdeling Inkomen, 2026-Q2");
        assertThat(departmentTask.get("instruction").asString())
                .contains("Minder klachten worden op tijd afgehandeld").contains("In 2026-Q2 gemeten: 61, normaal 88");
        JsonNode fallbackTask = await().atMost(WAIT).until(() -> signalTasks("sis.lead", nowhere),
                found -> found.size() == 1).get(0);
        assertThat(fallbackTask.get("scope").asString()).isEqualTo("categorie financieel, 2026-Q2");
        assertThat(fallbackTask.get("instruction").asString()).contains("normaal gemiddeld 12,3");
    }

    void publishSignal(EventEnvelope event) throws Exception {
        kafka.send(Topics.ANALYTICS, event.complaintId(), codec.encode(event)).get(10, TimeUnit.SECONDS);
    }

    /** The signal tasks of one person whose instruction is about the given signal (matched by its task id). */
    List<JsonNode> signalTasks(String user, String signalId) throws Exception {
        String taskId = nl.klachtroute.notification.task.TaskId.forSignal(signalId).value();
        return tasks(user, "size=100").stream().filter(t -> t.get("id").asString().equals(taskId)).toList();
    }

    static String page(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static EventEnvelope registered(String complaintId, boolean formal) {
        return EventEnvelope.first(complaintId, new ComplaintRegistered(LocalDate.of(2026, 5, 21), Channel.WEB_FORM,
                formal, formal ? List.of() : List.of("address"), "Activering", "Activering Noord",
                Category.BEJEGENING, Route.BEJEGENING, LocalDate.of(2026, 5, 18), "P-citizen-fictional",
                List.of("P-employee-fictional"), CONTACT_DEADLINE, HANDLING_DEADLINE), "complaint-intake",
                Instant.now(), UUID.randomUUID());
    }

    void publishComplaint(EventEnvelope event) throws Exception {
        kafka.send(Topics.COMPLAINT, event.complaintId(), codec.encode(event)).get(10, TimeUnit.SECONDS);
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the citizen's feedback after the outcome (issue 9) -------------------------------------------

    @Autowired
    FeedbackInvitations feedbackInvitations;
    @Autowired
    FeedbackLinks feedbackLinks;
    @Autowired
    nl.klachtroute.support.inbox.Inbox inbox;
    @Autowired
    nl.klachtroute.notification.complaint.ComplaintFiles complaintFiles;

    @Test
    void theOutcomeMailLinksToAFeedbackPageThatTakesOneAnswerWithoutSigningInAndPublishesOnlyTheScores()
            throws Exception {
        String complaint = "K-2026-000461";
        EventEnvelope registered = registered(complaint, true);
        publishComplaint(registered);
        publishComplaint(registered.causes(new HandlerAssigned("h.devries", null, LocalDate.of(2026, 5, 21)),
                "complaint-intake", Instant.now()));
        LocalDate closedOn = LocalDate.of(2026, 5, 21);
        publishComplaint(registered.causes(new ComplaintClosed(closedOn, Judgement.ONGEGROND, 0, true, null, true,
                closedOn.plusYears(1)), "complaint-intake", Instant.now()));

        MimeMessage outcome = await().atMost(WAIT).until(() -> mailsTo(CITIZEN_EMAIL, complaint).stream()
                .filter(m -> subject(m).startsWith("De uitkomst van uw klacht")).toList(), found -> found.size() == 1)
                .get(0);
        java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
        outcome.writeTo(whole);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/feedback/([A-Za-z0-9_-]{43})")
                .matcher(whole.toString(StandardCharsets.UTF_8));
        assertThat(link.find()).as("the outcome mail carries the feedback link").isTrue();
        String token = link.group(1);
        assertThat(messages(complaint).toString()).as("the recorded letter holds no working link")
                .doesNotContain(token);

        String page = mvc.perform(get("/feedback/{token}", token)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Wat vond u van de behandeling van uw klacht?")
                .contains("name=\"viewport\"").doesNotContain("<script").doesNotContain(complaint)
                .doesNotContain("Fenna").contains("tot en met donderdag 4 juni 2026");

        // A comment over the limit: the form comes back with the field at fault, and nothing is taken.
        String tooLong = "a".repeat(1001);
        mvc.perform(post("/feedback/{token}", token).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("tevredenheid", "1").param("respect", "nee").param("vertrouwen", "2")
                .param("opmerking", tooLong)).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Uw opmerking is te lang")));
        mvc.perform(post("/feedback/{token}", token).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.APPLICATION_PROBLEM_JSON).param("tevredenheid", "9").param("respect", "nee")
                .param("vertrouwen", "2")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("tevredenheid"));
        mvc.perform(get("/feedback/{token}", token)).andExpect(status().isOk());

        mvc.perform(post("/feedback/{token}", token).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("tevredenheid", "1").param("respect", "nee").param("vertrouwen", "2")
                .param("opmerking", "Niemand belde mij terug.").param("wens", "praten"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Bedankt voor uw antwoord")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("neemt contact met u op")));

        // Used: a second answer is refused with its own page, and the first stays as it was.
        mvc.perform(post("/feedback/{token}", token).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("tevredenheid", "5").param("respect", "ja").param("vertrouwen", "5"))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("U heeft al geantwoord")));
        mvc.perform(get("/feedback/{token}", token)).andExpect(status().isConflict());
        assertThat(feedbackInvitations.find(FeedbackLinks.idOf(token)).orElseThrow().answer().satisfaction())
                .isEqualTo(1);

        try (TopicReader reader = new TopicReader(brokers, Topics.NOTIFICATION)) {
            List<ConsumerRecord<String, byte[]>> given = await().atMost(WAIT).until(() -> reader.records().stream()
                    .filter(r -> r.key().equals(complaint))
                    .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains("CitizenFeedbackGiven"))
                    .toList(), found -> found.size() == 1);
            String text = new String(given.get(0).value(), StandardCharsets.UTF_8);
            assertThat(EventSchemas.violations(text)).isEmpty();
            assertThat(text).doesNotContain("Niemand belde").doesNotContain(token);
            CitizenFeedbackGiven feedback = (CitizenFeedbackGiven) codec.decode(text).payload();
            assertThat(feedback.satisfaction()).isEqualTo(1);
            assertThat(feedback.respect()).isEqualTo(RespectAnswer.NO);
            assertThat(feedback.wish()).isEqualTo(FeedbackWish.TALK_AGAIN);
            assertThat(feedback.commented()).isTrue();
        }

        // The handler gets a task to follow it up, with the citizen's words in the inbox and not in the e-mail.
        JsonNode followUp = await().atMost(WAIT).until(() -> tasksFor(complaint, tasks("h.devries", "status=OPEN"))
                .stream().filter(t -> t.get("kind").asString().equals("FOLLOW_UP_FEEDBACK")).toList(),
                found -> found.size() == 1).get(0);
        assertThat(followUp.get("note").asString()).isEqualTo("Niemand belde mij terug.");
        assertThat(followUp.get("instruction").asString()).contains("tevreden 1 van 5")
                .contains("met respect behandeld nee").contains("wil er nog eens over praten")
                .contains("Heropen daarna de klacht").doesNotContain("Niemand belde");
        MimeMessage taskMail = await().atMost(WAIT).until(() -> mailsTo("h.devries@klachtroute.local", complaint)
                .stream().filter(m -> subject(m).contains("Reactie van de klager")).toList(), found -> found.size() == 1)
                .get(0);
        java.io.ByteArrayOutputStream taskMailText = new java.io.ByteArrayOutputStream();
        taskMail.writeTo(taskMailText);
        assertThat(taskMailText.toString(StandardCharsets.UTF_8)).doesNotContain("Niemand belde");

        // Reopening the complaint (the handler's recorded decision) is the work the task asked for.
        publishComplaint(registered.causes(new ComplaintReopened(LocalDate.of(2026, 5, 22)), "complaint-intake",
                Instant.now()));
        await().atMost(WAIT).until(() -> tasksFor(complaint, tasks("h.devries", "status=DONE")).stream()
                .anyMatch(t -> t.get("kind").asString().equals("FOLLOW_UP_FEEDBACK")));
    }

    @Test
    void onlyTheOwnerMarksAFeedbackFollowUpDoneByHandAndOtherWorkIsDoneByItsStep() throws Exception {
        String complaint = "K-2026-000465";
        EventEnvelope registered = registered(complaint, true);
        publishComplaint(registered);
        publishComplaint(registered.causes(new HandlerAssigned("h.devries", null, LocalDate.of(2026, 5, 21)),
                "complaint-intake", Instant.now()));
        JsonNode contact = await().atMost(WAIT).until(() -> tasksFor(complaint, tasks("h.devries", "status=OPEN"))
                .stream().filter(t -> t.get("kind").asString().equals("CONTACT_CITIZEN")).toList(),
                found -> found.size() == 1).get(0);
        EventEnvelope answered = EventEnvelope.first(complaint, new CitizenFeedbackGiven("F-00000000000000aa", 4,
                RespectAnswer.YES, 4, FeedbackWish.TALK_AGAIN, false, false, LocalDate.of(2026, 5, 21)),
                "notification-service", Instant.now(), registered.correlationId());
        String id = taskService.feedbackNeedsFollowUp(answered, (CitizenFeedbackGiven) answered.payload(), null).id()
                .value();

        mvc.perform(post("/api/tasks/{id}/done", id).with(httpBasic("h.smit", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/tasks/{id}/done", contact.get("id").asString()).with(httpBasic("h.devries", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("done-by-its-step")));
        mvc.perform(post("/api/tasks/{id}/done", "no-such-task").with(httpBasic("h.devries", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/tasks/{id}/done", id).with(httpBasic("h.devries", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"));
        mvc.perform(post("/api/tasks/{id}/done", id).with(httpBasic("h.devries", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"));
        assertThat(tasksFor(complaint, tasks("h.devries", "status=OPEN"))).extracting(t -> t.get("kind").asString())
                .containsExactlyInAnyOrder("SEND_ACKNOWLEDGEMENT", "CONTACT_CITIZEN");
    }

    @Test
    void aCitizenWhoOptsOutGetsNoMoreLettersUntilTheyAskToHearAgainAndAContentAnswerMakesNoTask() throws Exception {
        String complaint = "K-2026-000464";
        EventEnvelope registered = registered(complaint, true);
        publishComplaint(registered);
        publishComplaint(registered.causes(new HandlerAssigned("h.devries", null, LocalDate.of(2026, 5, 21)),
                "complaint-intake", Instant.now()));
        LocalDate closedOn = LocalDate.of(2026, 5, 21);
        EventEnvelope closure = registered.causes(new ComplaintClosed(closedOn, Judgement.GEGROND, 1, true, null,
                true, closedOn.plusYears(1)), "complaint-intake", Instant.now());
        publishComplaint(closure);
        await().atMost(WAIT).until(() -> mailsTo(CITIZEN_EMAIL, complaint).stream()
                .anyMatch(m -> subject(m).startsWith("De uitkomst van uw klacht")));
        String token = feedbackLinks.token(closure.eventId());

        mvc.perform(post("/feedback/{token}", token).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("tevredenheid", "4").param("respect", "ja").param("vertrouwen", "4")
                .param("geen-contact", "ja")).andExpect(status().isOk());
        await().atMost(WAIT).until(() -> complaintFiles.get(complaint).citizenWantsNoContact());

        // The complaint is reopened all the same and postponed: the citizen gets no letter about it.
        publishComplaint(registered.causes(new ComplaintReopened(LocalDate.of(2026, 5, 25)), "complaint-intake",
                Instant.now()));
        EventEnvelope postponed = registered.causes(new HandlingDeadlineExtended(LocalDate.of(2026, 7, 2),
                LocalDate.of(2026, 7, 30), 4, true), "complaint-intake", Instant.now());
        publishComplaint(postponed);
        await().atMost(WAIT).until(() -> inbox.alreadyProcessed("notification-service", postponed.eventId()));
        assertThat(messages(complaint).toString()).as("no postponement letter recorded").doesNotContain("verdaging")
                .contains("uitkomst");
        assertThat(tasksFor(complaint, tasks("h.devries", ""))).noneMatch(t -> t.get("kind").asString()
                .equals("FOLLOW_UP_FEEDBACK"));

        // The citizen phones: they want to hear about it after all. The handler records it, and letters go again.
        String feedbackId = feedbackInvitations.find(FeedbackLinks.idOf(token)).orElseThrow().feedbackId();
        publishComplaint(registered.causes(new CitizenContactResumed(feedbackId, LocalDate.of(2026, 5, 26),
                Channel.PHONE), "complaint-intake", Instant.now()));
        await().atMost(WAIT).until(() -> !complaintFiles.get(complaint).citizenWantsNoContact());
        publishComplaint(registered.causes(new HandlingDeadlineExtended(LocalDate.of(2026, 7, 30),
                LocalDate.of(2026, 8, 13), 2, true), "complaint-intake", Instant.now()));
        await().atMost(WAIT).until(() -> messages(complaint).toString().contains("verdaging"));
    }


    @Test
    void aRequestToHearAgainCountsInWhicheverOrderItAndTheOptOutArrive() {
        // The opt-out comes on the notification topic, the request to hear again on the complaint topic.
        String complaint = "K-2026-000467";
        complaintFiles.contactResumed(complaint, "F-0a0a0a0a0a0a0a0a");
        complaintFiles.noFurtherContact(complaint, "F-0a0a0a0a0a0a0a0a", LocalDate.of(2026, 5, 22));
        assertThat(complaintFiles.get(complaint).citizenWantsNoContact()).as("lifted before it arrived").isFalse();

        // After a reopening and a new outcome the citizen opts out again; a redelivered old fact changes nothing.
        complaintFiles.noFurtherContact(complaint, "F-0b0b0b0b0b0b0b0b", LocalDate.of(2026, 7, 1));
        complaintFiles.noFurtherContact(complaint, "F-0a0a0a0a0a0a0a0a", LocalDate.of(2026, 5, 22));
        complaintFiles.contactResumed(complaint, "F-0a0a0a0a0a0a0a0a");
        assertThat(complaintFiles.get(complaint).noContactSince()).isEqualTo(LocalDate.of(2026, 7, 1));
        complaintFiles.contactResumed(complaint, "F-0b0b0b0b0b0b0b0b");
        assertThat(complaintFiles.get(complaint).citizenWantsNoContact()).isFalse();
    }

    @Test
    void aForgedOrExpiredFeedbackLinkGetsAPageThatSaysSoAndChangesNothing() throws Exception {
        mvc.perform(get("/feedback/{token}", "A".repeat(43))).andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Deze link werkt niet")));
        mvc.perform(get("/feedback/{token}", "not-a-token")).andExpect(status().isNotFound());
        mvc.perform(post("/feedback/{token}", "A".repeat(43)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("tevredenheid", "3").param("respect", "ja").param("vertrouwen", "3"))
                .andExpect(status().isNotFound());

        UUID closure = UUID.randomUUID();
        String token = feedbackLinks.token(closure);
        EventEnvelope closed = new EventEnvelope(closure, "ComplaintClosed", 1, Instant.now(), "K-2026-000462",
                UUID.randomUUID(), UUID.randomUUID(), "complaint-intake", new ComplaintClosed(LocalDate.of(2026, 4, 1),
                        Judgement.GEGROND, 1, true, null, true, LocalDate.of(2027, 4, 1)));
        Instant invited = THURSDAY_21_MAY_2026_MORNING.minus(Duration.ofDays(20));
        feedbackInvitations.add(FeedbackInvitation.of(FeedbackLinks.idOf(token), closed, invited,
                invited.plus(Duration.ofDays(14))));

        mvc.perform(get("/feedback/{token}", token)).andExpect(status().isGone())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Deze link is verlopen")));
        mvc.perform(post("/feedback/{token}", token).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("tevredenheid", "3").param("respect", "ja").param("vertrouwen", "3"))
                .andExpect(status().isGone());
        mvc.perform(post("/feedback/{token}", token).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.APPLICATION_PROBLEM_JSON).param("tevredenheid", "3").param("respect", "ja")
                .param("vertrouwen", "3")).andExpect(status().isGone())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("feedback-link-expired")));
        assertThat(feedbackInvitations.find(FeedbackLinks.idOf(token)).orElseThrow().answered()).isFalse();
    }

    @Test
    void aFloodOfRequestsFromOneAddressIsTurnedAwayBeforeItReachesTheFormAndTakesNoAnswer() throws Exception {
        UUID closure = UUID.randomUUID();
        String token = feedbackLinks.token(closure);
        EventEnvelope closed = new EventEnvelope(closure, "ComplaintClosed", 1, Instant.now(), "K-2026-000463",
                UUID.randomUUID(), UUID.randomUUID(), "complaint-intake", new ComplaintClosed(LocalDate.of(2026, 5, 20),
                        Judgement.GEGROND, 1, true, null, true, LocalDate.of(2027, 5, 20)));
        feedbackInvitations.add(FeedbackInvitation.of(FeedbackLinks.idOf(token), closed,
                THURSDAY_21_MAY_2026_MORNING, THURSDAY_21_MAY_2026_MORNING.plus(Duration.ofDays(14))));
        org.springframework.test.web.servlet.request.RequestPostProcessor flooder = request -> {
            request.setRemoteAddr("192.0.2.77");
            return request;
        };

        int refused = 0;
        for (int i = 0; i < 30; i++) {
            int status = mvc.perform(get("/feedback/{token}", "B".repeat(43)).with(flooder)).andReturn().getResponse()
                    .getStatus();
            refused += status == 429 ? 1 : 0;
        }
        assertThat(refused).as("at most 20 a minute from one address").isGreaterThanOrEqualTo(10);
        mvc.perform(post("/feedback/{token}", token).with(flooder).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("tevredenheid", "3").param("respect", "ja").param("vertrouwen", "3"))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Het is even te druk")));
        assertThat(feedbackInvitations.find(FeedbackLinks.idOf(token)).orElseThrow().answered()).isFalse();
        // another address is still served
        mvc.perform(get("/feedback/{token}", token)).andExpect(status().isOk());
    }

    // --- helpers ---------------------------------------------------------------------------------------

    static EventEnvelope opened(String complaintId, String teammanagerId, LocalDate dueOn) {
        return EventEnvelope.first(complaintId, new FindingsReportOpened("R-" + complaintId, "Activering",
                "Activering Noord", teammanagerId, dueOn), "findings-report", Instant.now(), UUID.randomUUID());
    }

    void publish(EventEnvelope event) throws Exception {
        kafka.send(Topics.FINDINGS, event.complaintId(), codec.encode(event)).get(10, TimeUnit.SECONDS);
    }

    JsonNode inbox(String user, String query) throws Exception {
        String body = mvc.perform(get("/api/tasks?" + query).with(httpBasic(user, PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    List<JsonNode> tasks(String user, String query) throws Exception {
        return list(inbox(user, query).get("items"));
    }

    JsonNode awaitOneTask(String user, String query, String complaintId) {
        return await().atMost(WAIT).until(() -> tasksFor(complaintId, tasks(user, query)), found -> found.size() == 1)
                .get(0);
    }

    List<JsonNode> messages(String complaintId) throws Exception {
        String body = mvc.perform(get("/api/messages").param("complaintId", complaintId)
                .with(httpBasic("h.devries", PASSWORD))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return list(json.readTree(body));
    }

    /** The e-mails to staff about a complaint (letters to the citizen left out). */
    List<JsonNode> staffMessages(String complaintId) throws Exception {
        return messages(complaintId).stream().filter(m -> m.get("recipientKind").asString().equals("STAFF")).toList();
    }

    JsonNode awaitMessage(String complaintId, String state) {
        return await().atMost(WAIT).until(() -> staffMessages(complaintId),
                found -> found.size() == 1 && found.get(0).get("state").asString().equals(state)).get(0);
    }

    /** Waits for the mail, then watches a few dispatcher rounds to see that no second copy follows. */
    MimeMessage awaitExactlyOneMail(String address, String complaintId) {
        await().atMost(WAIT).until(() -> mailsTo(address, complaintId).size() == 1);
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(5))
                .until(() -> mailsTo(address, complaintId).size() == 1);
        return mailsTo(address, complaintId).get(0);
    }

    static List<MimeMessage> mailsTo(String address, String complaintId) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(complaintId) && m.getAllRecipients() != null
                        && Arrays.stream(m.getAllRecipients()).map(Address::toString).anyMatch(address::equals);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String body(MimeMessage mail) throws Exception {
        return mail.getContent().toString().replace("\r\n", "\n");
    }

    static List<JsonNode> tasksFor(String complaintId, List<JsonNode> tasks) {
        return tasks.stream().filter(t -> t.get("complaintId").asString().equals(complaintId)).toList();
    }

    static List<String> complaints(List<JsonNode> tasks) {
        return tasks.stream().map(t -> t.get("complaintId").asString()).toList();
    }

    static List<JsonNode> list(JsonNode array) {
        return List.copyOf(array.values());
    }

    List<Class<?>> payloadTypes(List<ConsumerRecord<String, byte[]>> records, String complaintId) {
        return records.stream().filter(r -> complaintId.equals(r.key()))
                .<Class<?>>map(r -> codec.decode(new String(r.value(), StandardCharsets.UTF_8)).payload().getClass())
                .toList();
    }

    static HttpServer startIntake() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String account = "Basic " + java.util.Base64.getEncoder()
                    .encodeToString(("h.devries:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            server.createContext("/api/complaints/", exchange -> {
                String id = exchange.getRequestURI().getPath().substring("/api/complaints/".length());
                boolean allowed = account.equals(exchange.getRequestHeaders().getFirst("Authorization"));
                boolean byPost = BY_POST_COMPLAINT.equals(id) || ANONYMISED_COMPLAINT.equals(id);
                String email = byPost ? "null" : "\"" + CITIZEN_EMAIL + "\"";
                boolean employee = POSTPONED_COMPLAINT.equals(id) || ANONYMISED_COMPLAINT.equals(id);
                String employees = employee ? "[\"mw.bakker\"]" : "[]";
                byte[] answer = ("{\"id\":\"" + id + "\",\"status\":\"OPEN\",\"complainant\":{\"name\":"
                        + "\"Fenna Fictief\",\"address\":\"Fictieve Gracht 1, 1011 AA Amsterdam\",\"email\":"
                        + email + ",\"phone\":\"0200000000\"},\"employeesConcerned\":" + employees + "}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(allowed ? 200 : 401, allowed ? answer.length : -1);
                if (allowed) {
                    exchange.getResponseBody().write(answer);
                }
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
