package nl.klachtroute.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;

import com.jayway.jsonpath.JsonPath;

import nl.klachtroute.events.Channel;
import nl.klachtroute.events.DeadlineKind;
import nl.klachtroute.events.EventCatalog;
import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.EventSchemas;
import nl.klachtroute.events.FeedbackWish;
import nl.klachtroute.events.HearingParty;
import nl.klachtroute.events.MessageChannel;
import nl.klachtroute.events.RecipientKind;
import nl.klachtroute.events.RespectAnswer;
import nl.klachtroute.events.Topics;
import nl.klachtroute.events.complaint.CitizenContactResumed;
import nl.klachtroute.events.complaint.ComplaintAnonymised;
import nl.klachtroute.events.complaint.DeadlineMissed;
import nl.klachtroute.events.complaint.HearingRecorded;
import nl.klachtroute.events.complaint.MissingDetailsSupplied;
import nl.klachtroute.events.complaint.StandardRouteStarted;
import nl.klachtroute.events.findings.FindingsEvent;
import nl.klachtroute.events.findings.FindingsReportAccepted;
import nl.klachtroute.events.findings.FindingsReportOpened;
import nl.klachtroute.events.findings.FindingsReportReturned;
import nl.klachtroute.events.findings.FindingsReportShared;
import nl.klachtroute.events.findings.FindingsReportSubmitted;
import nl.klachtroute.events.findings.HearingHeld;
import nl.klachtroute.events.notification.CitizenFeedbackGiven;
import nl.klachtroute.events.notification.MessageSent;
import nl.klachtroute.intake.complaint.application.DeadlineScan;
import nl.klachtroute.intake.complaint.application.RetentionJob;
import nl.klachtroute.support.inbox.Inbox;
import nl.klachtroute.support.testing.TopicReader;

/**
 * Both routes through HTTP and Kafka: the handler's commands, the events that leave through the outbox, the
 * findings events coming back, and the deadline scan's alerts. Every test registers its own complaint.
 */
class ComplaintIntakeIntegrationTest extends IntakeTestContext {

    private static final EventCodec CODEC = new EventCodec();
    /** What the citizen and the handler wrote: none of it may reach a shared topic. */
    private static final String[] PERSONAL_OR_FREE_TEXT = { "Fenna", "Fictief", "fenna.fictief@example.org",
        "Voorbeeldstraat", "1011 AA", "020 555 0101", "onvriendelijk", "mw.bakker", "Bram", "drie weken",
        "Terugbelverzoek", "Toon was", "Excuses", "Teamoverleg", "Tevreden na", "Kerkpad", "bram.bedacht",
        "wachttijd" };

    @Autowired
    Environment environment;
    @Autowired
    Inbox inbox;
    @Autowired
    DeadlineScan deadlineScan;
    @Autowired
    RetentionJob retentionJob;
    @Autowired
    MeterRegistry meters;
    @Autowired
    @Qualifier("outboxKafkaTemplate")
    KafkaTemplate<String, String> kafka;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @Test
    void aBejegeningComplaintGoesFromRegistrationThroughItsReportToTheOmbudsman() throws Exception {
        String id = register(bejegeningComplaint());
        command(id, "acknowledge", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACKNOWLEDGED"));
        command(id, "assign", "{\"handlerId\": \"h.smit\"}").andExpect(jsonPath("$.handlerId").value("h.smit"));
        command(id, "contact", """
                {"contactedOn": "2026-03-09", "channel": "PHONE", "summary": "Terugbelverzoek besproken"}""")
                .andExpect(jsonPath("$.status").value("CONTACTED"))
                .andExpect(jsonPath("$.contact.withinDeadline").value(true));
        command(id, "route", null).andExpect(jsonPath("$.status").value("IN_INVESTIGATION"));
        command(id, "inform-employee", null).andExpect(jsonPath("$.employeeInformedOn").value("2026-03-09"));
        command(id, "request-findings-report", null)
                .andExpect(jsonPath("$.status").value("AWAITING_FINDINGS_REPORT"));

        EventEnvelope request = eventsOn(Topics.COMPLAINT, id, 7).get(6);
        assertThat(request.type()).isEqualTo("FindingsReportRequested");
        String reportId = "R-" + id;
        EventEnvelope opened = findings(request, new FindingsReportOpened(reportId, "Activering", "Activering Noord",
                "tm.jansen", LocalDate.of(2026, 3, 23)));
        send(opened);
        send(opened); // redelivered: the inbox skips it
        send(findings(request, new FindingsReportOpened(reportId, "Activering", "Activering Noord", "tm.jansen",
                LocalDate.of(2026, 3, 23)))); // the same fact re-sent under a new event id: changes nothing
        send(findings(request, new HearingHeld(reportId, HearingParty.CITIZEN, TODAY, 1)));
        send(findings(request, new HearingHeld(reportId, HearingParty.EMPLOYEE, TODAY, 0)));
        send(findings(request, new FindingsReportSubmitted(reportId, TODAY)));
        send(findings(request, new FindingsReportReturned(reportId, TODAY)));
        send(findings(request, new FindingsReportSubmitted(reportId, TODAY)));
        send(findings(request, new FindingsReportAccepted(reportId, TODAY)));
        EventEnvelope shared = findings(request, new FindingsReportShared(reportId, TODAY));
        send(shared);
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox.alreadyProcessed("complaint-intake", shared.eventId()));

        read(id, "h.smit").andExpect(jsonPath("$.status").value("FINDINGS_REPORT_ACCEPTED"))
                .andExpect(jsonPath("$.findingsReportId").value(reportId))
                .andExpect(jsonPath("$.teammanagerId").value("tm.jansen"))
                .andExpect(jsonPath("$.findingsReport.sharedOn").value("2026-03-09"))
                .andExpect(jsonPath("$.hearings", hasSize(2)))
                .andExpect(jsonPath("$.timeline[?(@.type == 'FINDINGS_REPORT_OPENED')]", hasSize(1)));

        String etag = read(id, "h.smit").andReturn().getResponse().getHeader("ETag");
        mvc.perform(post("/api/complaints/{id}/close", id).with(httpBasic("h.smit", PASSWORD)).header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"judgement": "DEELS_GEGROND", "findings": "Toon was kortaf aan de balie",
                         "conclusions": "Excuses aangeboden", "improvementActions": ["Teamoverleg over bejegening"]}
                        """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.ombudsmanWindowEnd").value("2027-03-09"));
        command(id, "refer-to-ombudsman", null, "h.smit")
                .andExpect(jsonPath("$.status").value("REFERRED_TO_OMBUDSMAN"))
                .andExpect(jsonPath("$.ombudsmanReferral.afterMissedDeadline").value(false));

        List<EventEnvelope> events = eventsOn(Topics.COMPLAINT, id, 9);
        assertThat(events).extracting(EventEnvelope::type).containsExactly("ComplaintRegistered",
                "ComplaintAcknowledged", "HandlerAssigned", "CitizenContacted", "BejegeningRouteStarted",
                "EmployeeInformed", "FindingsReportRequested", "ComplaintClosed", "OmbudsmanReferralMade");
        assertThat(events).allSatisfy(e -> assertThat(e.producer()).isEqualTo("complaint-intake"));
        assertPublishedSafely(id);

        mvc.perform(get("/api/complaints/{id}/history", id).with(httpBasic("h.devries", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].type").value(contains("REGISTERED", "ACKNOWLEDGED",
                        "HANDLER_ASSIGNED", "CITIZEN_CONTACTED", "BEJEGENING_ROUTE_STARTED", "EMPLOYEE_INFORMED",
                        "FINDINGS_REPORT_REQUESTED", "FINDINGS_REPORT_OPENED", "HEARING_HELD", "HEARING_HELD",
                        "FINDINGS_REPORT_SUBMITTED", "FINDINGS_REPORT_RETURNED", "FINDINGS_REPORT_SUBMITTED",
                        "FINDINGS_REPORT_ACCEPTED", "FINDINGS_REPORT_SHARED", "CLOSED", "REFERRED_TO_OMBUDSMAN")))
                .andExpect(jsonPath("$[2].by").value("h.devries"))
                .andExpect(jsonPath("$[2].detail").value("h.smit"))
                .andExpect(jsonPath("$[15].by").value("h.smit"))
                .andExpect(jsonPath("$[15].detail").value("DEELS_GEGROND"));
    }

    @Test
    void aStandardComplaintGoesFromRegistrationToInformalResolution() throws Exception {
        String id = register(standardComplaint(TODAY, "Inkomen Zuid"));
        command(id, "request-missing-details", null).andExpect(jsonPath("$.missingDetailsRequestedOn").value("2026-03-09"));
        command(id, "supply-missing-details", """
                {"complainant": {"address": "Kerkpad 3, 1012 AB Amsterdam", "email": "bram.bedacht@example.org"}}""")
                .andExpect(jsonPath("$.missingDetails").isEmpty())
                .andExpect(jsonPath("$.formal").value(false)); // a phone complaint stays informal (Awb 9:4)
        command(id, "acknowledge", "{\"acknowledgedOn\": \"2026-03-09\"}").andExpect(status().isOk());
        command(id, "assign", "{\"handlerId\": \"h.devries\"}").andExpect(status().isOk());
        command(id, "contact", """
                {"contactedOn": "2026-03-09", "channel": "PHONE", "summary": "Terugbelverzoek afgesproken"}""")
                .andExpect(status().isOk());
        command(id, "route", null).andExpect(jsonPath("$.status").value("IN_INVESTIGATION"));
        command(id, "hearing", """
                {"party": "CITIZEN", "heldOn": "2026-03-09", "record": "Klager legde de wachttijd uit"}""")
                .andExpect(jsonPath("$.hearings[0].record").value("Klager legde de wachttijd uit"));
        command(id, "resolve-informally", """
                {"citizenConfirmedOn": "2026-03-09", "confirmedVia": "PHONE", "note": "Tevreden na terugbellen"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESOLVED_INFORMALLY"))
                .andExpect(jsonPath("$.informalResolution.citizenConfirmedOn").value("2026-03-09"));

        List<EventEnvelope> events = eventsOn(Topics.COMPLAINT, id, 9);
        assertThat(events).extracting(EventEnvelope::type).containsExactly(
                "ComplaintRegistered", "MissingDetailsRequested", "MissingDetailsSupplied", "ComplaintAcknowledged",
                "HandlerAssigned", "CitizenContacted", "StandardRouteStarted", "HearingRecorded",
                "ComplaintResolvedInformally");
        assertThat(events.get(2).payload()).isEqualTo(new MissingDetailsSupplied(TODAY, false, List.of()));
        assertThat(events.get(6).payload()).isEqualTo(new StandardRouteStarted("Inkomen", "Inkomen Zuid"));
        assertThat(events.get(7).payload()).isEqualTo(new HearingRecorded(HearingParty.CITIZEN, TODAY));
        assertPublishedSafely(id);
    }

    @Test
    void theDeadlineScanEscalatesAMissedContactOnceAndShowsItOverdue() throws Exception {
        // Received Mon 2 Feb 2026: contact due Mon 9 Feb; handling due Mon 16 Mar, reminded Fri 13 Mar.
        deadlineScan.run(); // settles what other tests in this context left overdue
        String id = register(standardComplaint(LocalDate.of(2026, 2, 2), "Inkomen West"));

        double missedBefore = meters.counter("klachtroute.deadline.alerts", "kind", "CONTACT", "alert", "missed").count();
        deadlineScan.run();
        deadlineScan.run();
        assertThat(meters.counter("klachtroute.deadline.alerts", "kind", "CONTACT", "alert", "missed").count())
                .as("the operator's dashboard counts the escalation once").isEqualTo(missedBefore + 1);

        List<EventEnvelope> events = eventsOn(Topics.COMPLAINT, id, 2);
        assertThat(events).extracting(EventEnvelope::type).containsExactly("ComplaintRegistered", "DeadlineMissed");
        assertThat(events.get(1).payload()).isEqualTo(new DeadlineMissed(DeadlineKind.CONTACT,
                LocalDate.of(2026, 2, 9), "h.devries"));
        read(id, "h.devries").andExpect(jsonPath("$.overdue").value(true))
                .andExpect(jsonPath("$.timeline[-1].type").value("DEADLINE_MISSED"))
                .andExpect(jsonPath("$.timeline[-1].detail").value("CONTACT 2026-02-09"));
        try (TopicReader reader = new TopicReader(brokers, Topics.COMPLAINT)) {
            // Give a second alert the time to show if there were one: the outbox publishes every 50 ms.
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> recordsFor(reader, id).size() == 2);
        }
    }

    @Test
    void eachLetterSentShowsOnceOnTheComplaintsHistoryWithoutItsTextOrAddress() throws Exception {
        String id = register(standardComplaint(TODAY, "Inkomen Zuid"));
        EventEnvelope sent = EventEnvelope.first(id, new MessageSent("M-0f1e2d3c", "acknowledgement", 2,
                MessageChannel.EMAIL, RecipientKind.CITIZEN), "notification-service", NOW.plusSeconds(2), UUID.randomUUID());

        kafka.send(Topics.NOTIFICATION, id, CODEC.encode(sent)).get();
        kafka.send(Topics.NOTIFICATION, id, CODEC.encode(sent)).get(); // redelivered

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> read(id, "h.devries")
                .andExpect(jsonPath("$.timeline[-1].type").value("MESSAGE_SENT"))
                .andExpect(jsonPath("$.timeline[-1].detail").value("acknowledgement v2, EMAIL to CITIZEN (M-0f1e2d3c)")));
        EventEnvelope later = EventEnvelope.first(id, new MessageSent("M-9a8b7c6d", "missing-details-request", 1,
                MessageChannel.POST, RecipientKind.CITIZEN), "notification-service", NOW.plusSeconds(3), UUID.randomUUID());
        kafka.send(Topics.NOTIFICATION, id, CODEC.encode(later)).get();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> read(id, "h.devries")
                .andExpect(jsonPath("$.timeline[?(@.type == 'MESSAGE_SENT')]", hasSize(2))));
    }

    @Test
    void aCitizenWhoOptedOutInTheirFeedbackAndCallsLaterIsWrittenToAgainAfterTheHandlerRecordsIt() throws Exception {
        String id = register(standardComplaint(TODAY, "Inkomen Zuid"));
        command(id, "acknowledge", null).andExpect(status().isOk());
        command(id, "assign", "{\"handlerId\": \"h.devries\"}").andExpect(status().isOk());
        command(id, "contact", """
                {"contactedOn": "2026-03-09", "channel": "PHONE", "summary": "Gebeld"}""").andExpect(status().isOk());
        command(id, "route", null).andExpect(status().isOk());
        command(id, "hearing", """
                {"party": "CITIZEN", "heldOn": "2026-03-09", "record": "Klager legde de wachttijd uit"}""");
        command(id, "close", """
                {"judgement": "ONGEGROND", "findings": "Binnen de termijn", "conclusions": "Uitleg gegeven"}""")
                .andExpect(jsonPath("$.status").value("CLOSED"));
        command(id, "resume-contact", "{\"channel\": \"PHONE\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(endsWith("/no-opt-out")));

        EventEnvelope optOut = EventEnvelope.first(id, new CitizenFeedbackGiven("F-a1b2c3d4e5f60718", 2,
                RespectAnswer.PARTLY, 2, FeedbackWish.NONE, true, false, TODAY), "notification-service",
                NOW.plusSeconds(4), UUID.randomUUID());
        kafka.send(Topics.NOTIFICATION, id, CODEC.encode(optOut)).get();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> read(id, "h.devries")
                .andExpect(jsonPath("$.citizenWantsNoContact").value(true)));

        // Bad input names the field and changes nothing.
        command(id, "resume-contact", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("channel"));
        command(id, "resume-contact", "{\"channel\": \"PHONE\", \"askedOn\": \"2026-03-10\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("askedOn"));
        read(id, "h.devries").andExpect(jsonPath("$.citizenWantsNoContact").value(true));

        command(id, "resume-contact", "{\"channel\": \"COUNTER\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.citizenWantsNoContact").value(false))
                .andExpect(jsonPath("$.timeline[-1].type").value("CONTACT_RESUMED"));
        command(id, "resume-contact", "{\"channel\": \"PHONE\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(endsWith("/no-opt-out")));

        List<EventEnvelope> events = eventsOn(Topics.COMPLAINT, id, 8);
        assertThat(events.get(7).payload()).isEqualTo(new CitizenContactResumed("F-a1b2c3d4e5f60718", TODAY,
                Channel.COUNTER));
        assertPublishedSafely(id);
    }

    @Test
    void aFindingsRecordThatIsNotAnEventWaitsOnTheDeadLetterTopicWhereOnlyAnAdminSeesAndDiscardsIt()
            throws Exception {
        String dlq = Topics.deadLetter(Topics.FINDINGS, "complaint-intake");
        kafka.send(Topics.FINDINGS, "K-2026-000666", "{\"broken\": ").get();
        try (TopicReader reader = new TopicReader(brokers, dlq)) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> reader.records().stream().anyMatch(r -> "K-2026-000666".equals(r.key())));
        }

        mvc.perform(get("/api/dead-letters").with(httpBasic("h.devries", PASSWORD))).andExpect(status().isForbidden());
        String listed = mvc.perform(get("/api/dead-letters").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].topic", hasItem(Topics.deadLetter(Topics.NOTIFICATION, "complaint-intake"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(listed).as("no payload is shown").doesNotContain("broken");
        List<Integer> partitions = JsonPath.read(listed, "$[?(@.topic == '" + dlq
                + "')].records[?(@.key == 'K-2026-000666')].partition");
        List<Number> offsets = JsonPath.read(listed, "$[?(@.topic == '" + dlq
                + "')].records[?(@.key == 'K-2026-000666')].offset");
        String discard = "/api/dead-letters/" + dlq + "/" + partitions.get(0) + "/" + offsets.get(0) + "/discard";

        mvc.perform(post(discard).with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"Testbericht van de koppeling, geen echte klacht\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.action").value("DISCARDED"))
                .andExpect(jsonPath("$.by").value("admin"));
        mvc.perform(get("/api/dead-letters").with(httpBasic("admin", PASSWORD)))
                .andExpect(jsonPath("$[?(@.topic == '" + dlq + "')].records[?(@.key == 'K-2026-000666')].decision.reason",
                        contains("Testbericht van de koppeling, geen echte klacht")));
    }

    @Test
    void fiveYearsAfterItEndedAComplaintIsAnonymisedOnceAndOnlyItsCountsRemain() throws Exception {
        String expired = register(bejegeningComplaint(LocalDate.of(2020, 9, 1), "Activering Noord")
                .replace("2026-02-20", "2020-08-20"));
        command(expired, "withdraw", "{\"withdrawnOn\": \"2020-09-10\", \"reason\": \"Fenna Fictief is verhuisd\"}")
                .andExpect(status().isOk());
        String recent = register(bejegeningComplaint(LocalDate.of(2021, 3, 1), "Activering Noord")
                .replace("2026-02-20", "2021-02-20"));
        command(recent, "withdraw", "{\"withdrawnOn\": \"2021-03-10\"}").andExpect(status().isOk());
        String running = register(bejegeningComplaint(LocalDate.of(2020, 9, 1), "Activering Noord")
                .replace("2026-02-20", "2020-08-20"));

        assertThat(retentionJob.run()).as("only what ended more than five years before 9 March 2026")
                .isGreaterThanOrEqualTo(1);
        assertThat(retentionJob.run()).as("once").isZero();

        read(expired, "h.devries").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.category").value("BEJEGENING"))
                .andExpect(jsonPath("$.team").value("Activering Noord"))
                .andExpect(jsonPath("$.receivedOn").value("2020-09-01"))
                .andExpect(jsonPath("$.timeline[-1].type").value("ANONYMISED"))
                .andExpect(jsonPath("$.timeline[-1].detail").value("ended 2020-09-10"))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .doesNotContain("Fenna", "Fictief", "fenna.fictief@example.org", "Voorbeeldstraat",
                                "020 555 0101", "onvriendelijk", "mw.bakker", "verhuisd"));
        read(recent, "h.devries").andExpect(jsonPath("$.complainant.name").value("Fenna Fictief"));
        read(running, "h.devries").andExpect(jsonPath("$.description").isNotEmpty());
        command(expired, "reopen", "{\"reason\": \"Klager belt opnieuw\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("anonymised")));

        List<EventEnvelope> events = eventsOn(Topics.COMPLAINT, expired, 3);
        assertThat(events).extracting(EventEnvelope::type)
                .containsExactly("ComplaintRegistered", "ComplaintWithdrawn", "ComplaintAnonymised");
        assertThat(events.get(2).payload()).isEqualTo(new ComplaintAnonymised(TODAY, LocalDate.of(2020, 9, 10)));
        assertPublishedSafely(expired);
        assertThat(eventsOn(Topics.COMPLAINT, recent, 2)).extracting(EventEnvelope::type)
                .doesNotContain("ComplaintAnonymised");
    }

    @Test
    void runsOnItsOwnConfigurationFile() {
        assertThat(environment.getProperty("spring.application.name")).isEqualTo("complaint-intake");
        assertThat(environment.getProperty("klachtroute.outbox.collections[0]")).isEqualTo("complaints");
        assertThat(environment.getProperty("klachtroute.route.reminder-lead-working-days")).isEqualTo("1");
        assertThat(environment.getProperty("spring.cloud.stream.kafka.bindings.onFindingsEvent-in-0.consumer.dlq-name"))
                .isEqualTo(Topics.deadLetter(Topics.FINDINGS, "complaint-intake"));
    }

    /** Every record published for the complaint is valid against its schema and carries no personal data. */
    private void assertPublishedSafely(String id) {
        try (TopicReader reader = new TopicReader(brokers, Topics.COMPLAINT)) {
            List<ConsumerRecord<String, byte[]>> records = recordsFor(reader, id);
            assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());
            for (ConsumerRecord<String, byte[]> record : records) {
                String json = new String(record.value(), StandardCharsets.UTF_8);
                assertThat(EventSchemas.violations(EventCatalog.byName(CODEC.decode(json).type()).orElseThrow(), json))
                        .as(json).isEmpty();
                assertThat(json).as("personal data or free text on a shared topic").doesNotContain(PERSONAL_OR_FREE_TEXT);
            }
        }
    }

    /** Waits until at least {@code count} events of the complaint are on the topic, and returns them. */
    private List<EventEnvelope> eventsOn(String topic, String id, int count) {
        try (TopicReader reader = new TopicReader(brokers, topic)) {
            return await().atMost(Duration.ofSeconds(30)).until(() -> recordsFor(reader, id), r -> r.size() >= count)
                    .stream().map(r -> CODEC.decode(new String(r.value(), StandardCharsets.UTF_8))).toList();
        }
    }

    private static EventEnvelope findings(EventEnvelope request, FindingsEvent fact) {
        return request.causes(fact, "findings-report", NOW.plusSeconds(5));
    }

    private void send(EventEnvelope event) throws Exception {
        kafka.send(Topics.FINDINGS, event.complaintId(), CODEC.encode(event)).get();
    }

    private static List<ConsumerRecord<String, byte[]>> recordsFor(TopicReader reader, String complaintId) {
        return reader.records().stream().filter(r -> complaintId.equals(r.key())).toList();
    }
}
