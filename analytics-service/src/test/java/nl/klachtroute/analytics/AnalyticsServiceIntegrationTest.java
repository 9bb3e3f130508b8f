package nl.klachtroute.analytics;

import static nl.klachtroute.analytics.Complaints.aComplaint;
import static nl.klachtroute.analytics.Complaints.envelope;
import static nl.klachtroute.analytics.feedback.CitizenAnswers.anAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.klachtroute.analytics.facts.ComplaintFact;
import nl.klachtroute.analytics.facts.ComplaintFacts;
import nl.klachtroute.analytics.facts.Ending;
import nl.klachtroute.analytics.facts.persistence.FactCollections;
import nl.klachtroute.analytics.feedback.CitizenAnswers;
import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;
import nl.klachtroute.events.DomainEvent;
import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.HearingParty;
import nl.klachtroute.events.Judgement;
import nl.klachtroute.events.MessageChannel;
import nl.klachtroute.events.RecipientKind;
import nl.klachtroute.events.RespectAnswer;
import nl.klachtroute.events.SignalKind;
import nl.klachtroute.events.TaskKind;
import nl.klachtroute.events.Topics;
import nl.klachtroute.events.analytics.PatternSignalRaised;
import nl.klachtroute.events.complaint.CitizenContacted;
import nl.klachtroute.events.complaint.ComplaintAnonymised;
import nl.klachtroute.events.complaint.ComplaintClosed;
import nl.klachtroute.events.complaint.ComplaintReopened;
import nl.klachtroute.events.complaint.OmbudsmanReferralMade;
import nl.klachtroute.events.findings.HearingHeld;
import nl.klachtroute.events.notification.MessageSent;
import nl.klachtroute.events.notification.TaskCreated;
import nl.klachtroute.support.outbox.OutboxAutoConfiguration;
import nl.klachtroute.support.testing.EmbeddedMongo;
import nl.klachtroute.support.testing.TopicReader;

/**
 * The service as a whole: complaint events on a real (embedded) Kafka broker become counts an analyst
 * can read. Each test uses its own year of receipt, so tests share one context and one store without
 * seeing each other's complaints.
 */
@SpringBootTest(properties = {
        "spring.config.name=" + AnalyticsServiceApplication.CONFIG_NAME,
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "klachtroute.security.mode=dev-users",
        "klachtroute.pseudonym.key=fictional-test-key-not-a-secret",
        "spring.cloud.stream.bindings.onComplaintEvent-in-0.consumer.back-off-initial-interval=50",
        "spring.cloud.stream.bindings.onComplaintEvent-in-0.consumer.back-off-max-interval=100",
        "klachtroute.outbox.poll-interval=50ms",
        "klachtroute.analytics.signal-scan.enabled=false" })
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 3, topics = { Topics.COMPLAINT, Topics.FINDINGS, Topics.NOTIFICATION, Topics.ANALYTICS })
class AnalyticsServiceIntegrationTest {

    private static final EmbeddedMongo MONGO = new EmbeddedMongo();
    private static final String SUMMARY = "/api/analytics/summary";
    private static final String PASSWORD = "klachtroute";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    @AfterAll
    static void stopStore() {
        MONGO.close();
    }

    @TestConfiguration
    static class FixedDay {
        /** Every test complaint was received before this day, so its contact deadline has passed. */
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ComplaintFacts facts;
    @Autowired
    private MongoOperations mongo;
    @Autowired
    private FactCollections collections;
    @Value("${spring.embedded.kafka.brokers}")
    private String brokers;
    private KafkaTemplate<String, String> kafka;
    private final EventCodec codec = new EventCodec();

    @BeforeEach
    void connect() {
        kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(OutboxAutoConfiguration.producerSettings(brokers)));
    }

    @AfterEach
    void disconnect() {
        kafka.destroy();
    }

    @Test
    void anAnalystSeesRegisteredComplaintsCountedPerCategoryDepartmentChannelRouteAndQuarter() throws Exception {
        publish(aComplaint("K-2021-1").receivedOn(LocalDate.of(2021, 2, 3)).in("Activering", "Activering Noord")
                .about(Category.BEJEGENING).via(Channel.WEB_FORM).registeredEnvelope());
        publish(aComplaint("K-2021-2").receivedOn(LocalDate.of(2021, 3, 8)).in("Activering", "Activering Zuid")
                .about(Category.BEJEGENING).via(Channel.PHONE).registeredEnvelope());
        publish(aComplaint("K-2021-3").receivedOn(LocalDate.of(2021, 4, 12)).in("Inkomen", "Inkomen Zuid")
                .about(Category.FINANCIEEL).via(Channel.LETTER).registeredEnvelope());
        publish(aComplaint("K-2021-4").receivedOn(LocalDate.of(2021, 5, 20)).in("Inkomen", "Inkomen West")
                .about(Category.TIJDIGHEID).via(Channel.EMAIL).registeredEnvelope());
        publish(aComplaint("K-2021-5").receivedOn(LocalDate.of(2021, 6, 30)).in("Werk", "Werk Oost")
                .about(Category.ERVAREN_DISCRIMINATIE).via(Channel.COUNTER).registeredEnvelope());

        awaitTotal("from=2021-01-01&to=2021-12-31", 5);
        summary("an.peters", "from=2021-01-01&to=2021-12-31")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.filter.from").value("2021-01-01"))
                .andExpect(jsonPath("$.suppressionApplied").value(false))
                .andExpect(jsonPath("$.byCategory.BEJEGENING.count").value(2))
                .andExpect(jsonPath("$.byCategory.FINANCIEEL.count").value(1))
                .andExpect(jsonPath("$.byCategory.TIJDIGHEID.count").value(1))
                .andExpect(jsonPath("$.byCategory.ERVAREN_DISCRIMINATIE.count").value(1))
                .andExpect(jsonPath("$.byDepartment.Activering.count").value(2))
                .andExpect(jsonPath("$.byDepartment.Inkomen.count").value(2))
                .andExpect(jsonPath("$.byDepartment.Werk.count").value(1))
                .andExpect(jsonPath("$.byRoute.BEJEGENING.count").value(3))
                .andExpect(jsonPath("$.byRoute.STANDARD.count").value(2))
                .andExpect(jsonPath("$.byChannel.PHONE.count").value(1))
                .andExpect(jsonPath("$.byChannel.COUNTER.count").value(1))
                .andExpect(jsonPath("$.byQuarter['2021-Q1'].count").value(2))
                .andExpect(jsonPath("$.byQuarter['2021-Q2'].count").value(3));
        // Both ends of the period are inclusive.
        summary("admin", "from=2021-03-08&to=2021-05-20")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.count").value(3));
    }

    @Test
    void aRedeliveredEventCountsOnce() throws Exception {
        EventEnvelope registered = aComplaint("K-2022-1").receivedOn(LocalDate.of(2022, 9, 1)).registeredEnvelope();
        publish(registered);
        publish(registered);
        // Same key, same partition: once the contact is visible, both copies before it were consumed.
        publish(envelope("K-2022-1", new CitizenContacted(LocalDate.of(2022, 9, 5), Channel.PHONE, true),
                LocalDate.of(2022, 9, 5)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> summary("an.peters", "from=2022-01-01&to=2022-12-31")
                .andExpect(jsonPath("$.contactedWithin5WorkingDays.count").value(1)));
        summary("an.peters", "from=2022-01-01&to=2022-12-31")
                .andExpect(jsonPath("$.total.count").value(1))
                .andExpect(jsonPath("$.byCategory.BEJEGENING.count").value(1));
    }

    @Test
    void contactWithinFiveWorkingDaysAndClosureAreFollowedFromLaterEvents() throws Exception {
        for (int i = 1; i <= 4; i++) {
            publish(aComplaint("K-2023-" + i).receivedOn(LocalDate.of(2023, 3, i)).registeredEnvelope());
        }
        publish(envelope("K-2023-1", new CitizenContacted(LocalDate.of(2023, 3, 3), Channel.PHONE, true),
                LocalDate.of(2023, 3, 3)));
        publish(envelope("K-2023-2", new CitizenContacted(LocalDate.of(2023, 3, 6), Channel.EMAIL, true),
                LocalDate.of(2023, 3, 6)));
        publish(envelope("K-2023-3", new CitizenContacted(LocalDate.of(2023, 3, 20), Channel.PHONE, false),
                LocalDate.of(2023, 3, 20)));
        publish(envelope("K-2023-1", new ComplaintClosed(LocalDate.of(2023, 4, 3), Judgement.DEELS_GEGROND, 1, true,
                null, true, LocalDate.of(2024, 4, 3)), LocalDate.of(2023, 4, 3)));

        // K-2023-4 was never contacted and its deadline has passed: due, but not within the deadline.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> summary("an.peters", "from=2023-01-01&to=2023-12-31")
                .andExpect(jsonPath("$.contactedWithin5WorkingDays.count").value(2))
                .andExpect(jsonPath("$.contactedWithin5WorkingDays.due").value(4))
                .andExpect(jsonPath("$.contactedWithin5WorkingDays.share").value(0.5)));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(facts.find("K-2023-1").orElseThrow().ending())
                .extracting(Ending::kind, Ending::judgement, Ending::endedOn, Ending::withinHandlingDeadline)
                .containsExactly(Ending.Kind.CLOSED, Judgement.DEELS_GEGROND, LocalDate.of(2023, 4, 3), true));
    }

    @Test
    void smallCellsAreSuppressedWhenTheSummaryNarrowsToOneDepartment() throws Exception {
        int n = 0;
        n = publishMany(n, 6, Category.BEJEGENING);
        n = publishMany(n, 5, Category.TIJDIGHEID);
        n = publishMany(n, 3, Category.PRIVACY);
        n = publishMany(n, 2, Category.OVERIG);

        awaitTotal("from=2024-01-01&to=2024-12-31", 16);
        summary("an.peters", "from=2024-01-01&to=2024-12-31&department=Werk")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suppressionApplied").value(true))
                .andExpect(jsonPath("$.smallCellThreshold").value(5))
                .andExpect(jsonPath("$.total.count").value(16))
                .andExpect(jsonPath("$.byCategory.BEJEGENING.count").value(6))
                .andExpect(jsonPath("$.byCategory.TIJDIGHEID.count").value(5))
                .andExpect(jsonPath("$.byCategory.PRIVACY.suppressed").value(true))
                .andExpect(jsonPath("$.byCategory.PRIVACY.count").doesNotExist())
                .andExpect(jsonPath("$.byCategory.OVERIG.suppressed").value(true));
        // Across all departments no category count points at a team.
        summary("an.peters", "from=2024-01-01&to=2024-12-31")
                .andExpect(jsonPath("$.suppressionApplied").value(false))
                .andExpect(jsonPath("$.byCategory.OVERIG.count").value(2));
        // A department with fewer than five complaints in the period shows no number at all.
        summary("an.peters", "from=2024-01-01&to=2024-01-02&department=Werk")
                .andExpect(jsonPath("$.total.suppressed").value(true))
                .andExpect(jsonPath("$.byDepartment.Werk.suppressed").value(true));
    }

    @Test
    void noResponseShowsAPseudonymOrAComplaintId() throws Exception {
        String complainant = "cit_pseudonymOfAFictionalCitizen";
        publish(aComplaint("K-2025-77").receivedOn(LocalDate.of(2025, 8, 11)).byComplainant(complainant)
                .registeredEnvelope());
        awaitTotal("from=2025-01-01&to=2025-12-31", 1);

        for (String query : List.of("", "from=2025-01-01&to=2025-12-31", "department=Activering")) {
            String body = summary("an.peters", query).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).doesNotContain(complainant, "cit_", "emp_", "K-2025-77", "complainantRef", "Activering Noord");
        }
    }

    @Test
    void anAnonymisedComplaintLosesItsPseudonymInTheStoreAndKeepsEveryCount() throws Exception {
        String complainant = "cit_retentionPassedForThisCitizen";
        publish(aComplaint("K-2014-1").receivedOn(LocalDate.of(2014, 3, 3)).in("Werk", "Werk Oost")
                .about(Category.TIJDIGHEID).byComplainant(complainant).registeredEnvelope());
        publish(envelope("K-2014-1", new CitizenContacted(LocalDate.of(2014, 3, 5), Channel.PHONE, true),
                LocalDate.of(2014, 3, 5)));
        publish(envelope("K-2014-1", new ComplaintClosed(LocalDate.of(2014, 4, 1), Judgement.GEGROND, 1, true, null,
                true, LocalDate.of(2014, 4, 14)), LocalDate.of(2014, 4, 1)));
        String year = "from=2014-01-01&to=2014-12-31";
        String kpis = "/api/analytics/kpis?period=quarter&groupBy=department&" + year;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> analyst("/api/analytics/kpis?period=year&" + year)
                .andExpect(jsonPath("$.rows[0].kpis.received.count").value(1))
                .andExpect(jsonPath("$.rows[0].kpis.endings.CLOSED.count").value(1)));
        assertThat(storedFact("K-2014-1").toJson()).as("kept until its retention period passes").contains(complainant);
        String summaryBefore = analyst(SUMMARY + "?" + year).andReturn().getResponse().getContentAsString();
        String kpisBefore = analyst(kpis).andReturn().getResponse().getContentAsString();

        publish(envelope("K-2014-1", new ComplaintAnonymised(LocalDate.of(2019, 4, 2), LocalDate.of(2014, 4, 1)),
                LocalDate.of(2019, 4, 2)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(facts.find("K-2014-1"))
                .get().extracting(ComplaintFact::anonymisedOn).isEqualTo(LocalDate.of(2019, 4, 2)));
        Document stored = storedFact("K-2014-1");
        assertThat(stored.toJson()).doesNotContain(complainant, "complainantRef");
        assertThat(stored.get("registration", Document.class)).containsEntry("team", "Werk Oost")
                .containsEntry("category", "TIJDIGHEID");
        assertThat(analyst(SUMMARY + "?" + year).andExpect(jsonPath("$.total.count").value(1))
                .andExpect(jsonPath("$.contactedWithin5WorkingDays.count").value(1)).andReturn().getResponse()
                .getContentAsString()).isEqualTo(summaryBefore);
        assertThat(analyst(kpis).andReturn().getResponse().getContentAsString()).isEqualTo(kpisBefore);
    }

    private Document storedFact(String complaintId) {
        return mongo.findById(complaintId, Document.class, collections.active());
    }

    @Test
    void onlyAnalystsAndAdministratorsMaySeeTheSummary() throws Exception {
        for (String staff : List.of("h.devries", "tm.jansen", "mw.bakker")) {
            summary(staff, "")
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value(containsString("access-refused")));
        }
        mvc.perform(get(SUMMARY))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        summary("admin", "").andExpect(status().isOk());
    }

    @Test
    void aPeriodThatEndsBeforeItStartsOrIsNotADateIsRefused() throws Exception {
        summary("an.peters", "from=2026-05-01&to=2026-04-01")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("from"));
        summary("an.peters", "from=first-of-may")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("from"));
    }

    @Test
    void aRecordThatIsNotAnEventGoesToTheDeadLetterTopicAndDoesNotBlockThePartition() throws Exception {
        kafka.send(new ProducerRecord<>(Topics.COMPLAINT, "K-2020-1", "this is not an event")).get();
        publish(aComplaint("K-2020-1").receivedOn(LocalDate.of(2020, 6, 1)).registeredEnvelope());

        awaitTotal("from=2020-01-01&to=2020-12-31", 1);
        try (TopicReader deadLetters = new TopicReader(brokers, Topics.deadLetter(Topics.COMPLAINT, "analytics-service"))) {
            List<String> keys = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                deadLetters.records().forEach(r -> keys.add(r.key()));
                assertThat(keys).contains("K-2020-1");
            });
        }
        String dlq = Topics.deadLetter(Topics.COMPLAINT, "analytics-service");
        mvc.perform(get("/api/dead-letters").with(httpBasic("an.peters", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/dead-letters").with(httpBasic("admin", PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].topic", hasItem(Topics.deadLetter(Topics.FINDINGS, "analytics-service"))))
                .andExpect(jsonPath("$[?(@.topic == '" + dlq + "')].records[*].key", hasItem("K-2020-1")))
                .andExpect(jsonPath("$[?(@.topic == '" + dlq + "')].records[*].originalTopic",
                        hasItem(Topics.COMPLAINT)));
    }

    @Test
    void kpisCountHearingsFromTheFindingsTopicOnceAndHideSmallCellsOfATeam() throws Exception {
        for (int i = 1; i <= 6; i++) {
            publish(aComplaint("K-2019-" + i).receivedOn(LocalDate.of(2019, 1, 1 + i))
                    .in("Participatie", "Participatie West").registeredEnvelope());
        }
        EventEnvelope heard = envelope("K-2019-1", new HearingHeld("RvB-2019-1", HearingParty.CITIZEN,
                LocalDate.of(2019, 1, 20), 0), LocalDate.of(2019, 1, 20));
        publish(Topics.FINDINGS, heard);
        publish(Topics.FINDINGS, heard);
        publish(envelope("K-2019-1", new ComplaintClosed(LocalDate.of(2019, 2, 2), Judgement.GEGROND, 1, true, null,
                true, LocalDate.of(2019, 3, 16)), LocalDate.of(2019, 2, 2)));
        String year = "period=year&from=2019-01-01&to=2019-12-31";

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> analyst("/api/analytics/kpis?" + year)
                .andExpect(jsonPath("$.rows[0].kpis.hearingsHeld.count").value(1))
                .andExpect(jsonPath("$.rows[0].kpis.endings.CLOSED.count").value(1)));
        String kpis = analyst("/api/analytics/kpis?" + year)
                .andExpect(jsonPath("$.query.period").value("year"))
                .andExpect(jsonPath("$.suppressionApplied").value(false))
                .andExpect(jsonPath("$.onTimeTarget").value(0.9))
                .andExpect(jsonPath("$.rows[0].period").value("2019"))
                .andExpect(jsonPath("$.rows[0].kpis.received.count").value(6))
                .andExpect(jsonPath("$.rows[0].kpis.handledOnTime.share").value(1.0))
                .andExpect(jsonPath("$.rows[0].kpis.leadTimeDays.median").value(31))
                .andExpect(jsonPath("$.rows[0].kpis.judgements.GEGROND.count").value(1))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(kpis).doesNotContain("K-2019", "cit_", "emp_", "Participatie West");

        analyst("/api/analytics/kpis?" + year + "&groupBy=TEAM")
                .andExpect(jsonPath("$.suppressionApplied").value(true))
                .andExpect(jsonPath("$.rows[0].group").value("Participatie West"))
                .andExpect(jsonPath("$.rows[0].kpis.received.count").value(6))
                .andExpect(jsonPath("$.rows[0].kpis.hearingsHeld.suppressed").value(true))
                .andExpect(jsonPath("$.rows[0].kpis.hearingsHeld.count").doesNotExist())
                .andExpect(jsonPath("$.rows[0].kpis.leadTimeDays.median").doesNotExist());
        asAnalyst("/api/analytics/kpis?period=week")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("period"));

        String table = "/api/analytics/reports/quarterly?from=2019-Q1&to=2019-Q2";
        analyst(table)
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.quarters[0]").value("2019-Q1"))
                .andExpect(jsonPath("$.departments[0].department").value("Participatie"))
                .andExpect(jsonPath("$.departments[0].complaints[0].count").value(6))
                .andExpect(jsonPath("$.total.complaints[1].change").value(-6))
                .andExpect(jsonPath("$.total.complaints[1].trend").value("daling"));
        analyst(table + "&format=csv")
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(containsString("Participatie;2019-Q1;6;0;+6;0;0\r\n")));
        mvc.perform(get(table).accept(MediaType.valueOf("text/csv")).with(httpBasic("an.peters", PASSWORD)))
                .andExpect(content().string(containsString("Totaal;2019-Q2;0;6;-6;0;0")));
        mvc.perform(get(table).accept(MediaType.TEXT_HTML).with(httpBasic("an.peters", PASSWORD)))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("1e kwartaal 2019")));
        analyst("/api/analytics/reports/annual?year=2019")
                .andExpect(jsonPath("$.kpis.received.count").value(6))
                .andExpect(jsonPath("$.stillOpen").value(5))
                .andExpect(jsonPath("$.byDepartment.Participatie.count").value(6));
        analyst("/api/analytics/reports/annual?year=2019&format=csv")
                .andExpect(content().string(containsString("2019;afhandeling;CLOSED;1\r\n")));
        for (String path : List.of("/api/analytics/kpis", table, "/api/analytics/reports/annual")) {
            mvc.perform(get(path).with(httpBasic("h.devries", PASSWORD))).andExpect(status().isForbidden());
        }
    }

    private ResultActions analyst(String path) throws Exception {
        return asAnalyst(path).andExpect(status().isOk());
    }

    private ResultActions asAnalyst(String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic("an.peters", PASSWORD)));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "an unknown period|/api/analytics/kpis?period=decade|period",
        "an unknown breakdown|/api/analytics/kpis?groupBy=religion|groupBy",
        "an impossible date|/api/analytics/kpis?from=2026-02-30|from",
        "a period that ends before it starts|/api/analytics/summary?from=2026-05-01&to=2026-01-01|from",
        "a quarter that is no quarter|/api/analytics/reports/quarterly?from=2026-Q5|from",
        "a year out of range|/api/analytics/reports/annual?year=99999|year",
        "an unknown format|/api/analytics/reports/annual?year=2025&format=xlsx|format",
        "an unknown feedback breakdown|/api/analytics/feedback?groupBy=team|groupBy",
        "feedback for an impossible date|/api/analytics/feedback?from=2026-02-30|from",
        "feedback for a period that ends before it starts|/api/analytics/feedback?from=2026-05-01&to=2026-01-01|from",
        "a script as a department|/api/analytics/summary?department=%3Cscript%3Ealert(1)%3C%2Fscript%3E|" })
    void hostileQueriesGetAClearProblemOrAnAnswerThatKeepsTextAsText(String what, String url, String field)
            throws Exception {
        var answer = mvc.perform(get(java.net.URI.create(url)).with(httpBasic("an.peters", PASSWORD))).andReturn()
                .getResponse();
        if (field == null || field.isBlank()) {
            assertThat(answer.getStatus()).as(what).isEqualTo(200);
            // Kept as the text it is, in JSON that no browser renders as a page.
            assertThat(answer.getContentType()).startsWith("application/json");
            assertThat(answer.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(com.jayway.jsonpath.JsonPath.<String>read(answer.getContentAsString(), "$.filter.department"))
                    .isEqualTo("<script>alert(1)</script>");
            assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(answer.getContentAsString(), "$.total.count"))
                    .isZero();
            return;
        }
        assertThat(answer.getStatus()).as(what).isIn(400, 422);
        assertThat(answer.getContentType()).isEqualTo("application/problem+json");
        assertThat(answer.getContentAsString()).as(what + ": names the field").contains("\"field\":\"" + field + "\"");
    }

    @Test
    void otherRolesReachNeitherTheFiguresNorTheDashboardNorTheOperations() throws Exception {
        for (String user : List.of("h.devries", "tm.jansen", "mw.bakker")) {
            for (String path : List.of("/api/analytics/summary", "/api/analytics/kpis", "/api/analytics/signals",
                    "/api/analytics/rebuild", "/api/analytics/reports/council?year=2025&half=1", "/dashboard",
                    "/api/analytics/feedback")) {
                assertThat(mvc.perform(get(path).with(httpBasic(user, PASSWORD))).andReturn().getResponse().getStatus())
                        .as(user + " " + path).isEqualTo(403);
            }
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/analytics/rebuild")
                    .with(httpBasic(user, PASSWORD))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/analytics/summary")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/analytics/summary").with(httpBasic("an.peters", "raden"))).andExpect(status().isUnauthorized());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/analytics/signals/scan")
                .with(httpBasic("an.peters", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("x".repeat(600_000))).andExpect(status().is(413));
    }

    @Test
    void theCouncilsHalfYearReportSetsTheFiguresBesideTheHalfYearBeforeInJsonCsvAndPrint() throws Exception {
        for (int i = 1; i <= 6; i++) {
            Complaints complaint = aComplaint("K-2016-" + i).receivedOn(LocalDate.of(2016, i, 8)).in("Werk", "Werk Oost")
                    .about(Category.TIJDIGHEID);
            publish(complaint.registeredEnvelope());
            publish(envelope(complaint.id(), new CitizenContacted(LocalDate.of(2016, i, 9), Channel.PHONE, i != 6),
                    LocalDate.of(2016, i, 9)));
        }
        for (int i = 1; i <= 4; i++) {
            publish(aComplaint("K-2015-" + i).receivedOn(LocalDate.of(2015, 8 + i, 3)).in("Werk", "Werk Oost")
                    .about(Category.TIJDIGHEID).registeredEnvelope());
        }
        awaitTotal("from=2015-07-01&to=2016-06-30", 10);

        mvc.perform(get("/api/analytics/reports/council?year=2016&half=1").with(httpBasic("an.peters", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2016-01-01")).andExpect(jsonPath("$.to").value("2016-06-30"))
                .andExpect(jsonPath("$.lines[0].figure").value("Ontvangen klachten"))
                .andExpect(jsonPath("$.lines[0].now").value("6"))
                .andExpect(jsonPath("$.lines[0].before").value("4"))
                .andExpect(jsonPath("$.lines[0].change").value("+2"))
                .andExpect(jsonPath("$.lines[1].now").value("83% (5 van 6)"))
                .andExpect(jsonPath("$.satisfaction").value(containsString("Nog niet gemeten")));
        mvc.perform(get("/api/analytics/reports/council?year=2016&half=1&format=csv")
                .with(httpBasic("an.peters", PASSWORD))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2016-H1;Ontvangen klachten;6;4;+2")));
        mvc.perform(get("/api/analytics/reports/council?year=2016&half=1").accept(MediaType.TEXT_HTML)
                .with(httpBasic("an.peters", PASSWORD))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Voortgangsrapportage klachten, eerste halfjaar 2016")));
        mvc.perform(get("/api/analytics/reports/council?year=2016&half=3").with(httpBasic("an.peters", PASSWORD)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("half"));
    }

    @Test
    void citizensAnswersOnTheNotificationTopicBecomeFeedbackFiguresForAnalystsAndTheCouncil() throws Exception {
        int[] satisfaction = { 1, 2, 2, 1, 4, 5, 5 };
        RespectAnswer[] respect = { RespectAnswer.NO, RespectAnswer.PARTLY, RespectAnswer.YES, RespectAnswer.PARTLY,
            RespectAnswer.NO, RespectAnswer.YES, RespectAnswer.YES };
        int[] trust = { 2, 3, 1, 2, 2, 4, 5 };
        LocalDate answeredOn = LocalDate.of(2012, 3, 20);
        for (int i = 1; i <= 8; i++) {
            Complaints complaint = aComplaint("K-2012-" + i).receivedOn(LocalDate.of(2012, 1, 10 + i))
                    .in(i <= 4 ? "Werk" : "Inkomen", i <= 4 ? "Werk Oost" : "Inkomen Zuid").about(Category.TIJDIGHEID);
            publish(complaint.registeredEnvelope());
            LocalDate closedOn = LocalDate.of(2012, 3, i);
            publish(envelope(complaint.id(), new ComplaintClosed(closedOn, Judgement.DEELS_GEGROND, 0, true, null, true,
                    closedOn.plusYears(1)), closedOn));
        }
        // The topic's other events are skipped; an answer delivered twice, or published again, counts once.
        publish(Topics.NOTIFICATION, answerEnvelope("K-2012-1", new MessageSent("M-2012-1", "uitkomst", 2,
                MessageChannel.EMAIL, RecipientKind.CITIZEN)));
        publish(Topics.NOTIFICATION, answerEnvelope("K-2012-1", new TaskCreated("T-2012-1",
                TaskKind.HOLD_HEARING_AND_COMPLETE_REPORT, "tm.jansen", answeredOn)));
        for (int i = 1; i <= 7; i++) {
            CitizenAnswers answer = anAnswer("F-2012-" + i).about("K-2012-" + i).givenOn(answeredOn)
                    .satisfaction(satisfaction[i - 1]).respect(respect[i - 1]).trust(trust[i - 1]);
            EventEnvelope published = publishAnswer(answer);
            if (i == 1) {
                publish(Topics.NOTIFICATION, published);
                publishAnswer(answer);
            }
        }
        // Unhappy answers followed up: K-2012-1 reopened, K-2012-2 went to the ombudsman, both after the answer.
        publish(envelope("K-2012-1", new ComplaintReopened(LocalDate.of(2012, 3, 25)), LocalDate.of(2012, 3, 25)));
        publish(envelope("K-2012-2", new OmbudsmanReferralMade(LocalDate.of(2012, 4, 2), false),
                LocalDate.of(2012, 4, 2)));

        String year = "/api/analytics/feedback?from=2012-01-01&to=2012-12-31";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> analyst(year)
                .andExpect(jsonPath("$.total.answers").value(7))
                .andExpect(jsonPath("$.total.responseRate.of").value(7))
                .andExpect(jsonPath("$.total.unhappyFollowedUp.count").value(2)));
        String body = analyst(year)
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.query.period").value("quarter"))
                .andExpect(jsonPath("$.smallCellThreshold").value(5))
                .andExpect(jsonPath("$.suppressionApplied").value(true))
                .andExpect(jsonPath("$.total.suppressed").value(false))
                .andExpect(jsonPath("$.total.meanSatisfaction").value(2.86))
                .andExpect(jsonPath("$.total.meanTrust").value(2.71))
                .andExpect(jsonPath("$.total.respect.yes").value(0.429))
                .andExpect(jsonPath("$.total.respect.partly").value(0.286))
                .andExpect(jsonPath("$.total.respect.no").value(0.286))
                .andExpect(jsonPath("$.total.responseRate.count").value(6))
                .andExpect(jsonPath("$.total.responseRate.share").value(0.857))
                .andExpect(jsonPath("$.total.unhappyFollowedUp.of").value(5))
                .andExpect(jsonPath("$.total.unhappyFollowedUp.share").value(0.4))
                .andExpect(jsonPath("$.rows[0].period").value("2012-Q1"))
                .andExpect(jsonPath("$.rows[0].figures.answers").value(7))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("K-2012", "F-2012", "cit_", "Werk Oost");
        // Per department only four and three citizens answered: no figures, only that they are suppressed.
        analyst(year + "&period=year&groupBy=department")
                .andExpect(jsonPath("$.rows[0].group").value("Inkomen"))
                .andExpect(jsonPath("$.rows[0].figures.suppressed").value(true))
                .andExpect(jsonPath("$.rows[0].figures.answers").doesNotExist())
                .andExpect(jsonPath("$.rows[0].figures.meanSatisfaction").doesNotExist())
                .andExpect(jsonPath("$.rows[1].group").value("Werk"))
                .andExpect(jsonPath("$.rows[1].figures.suppressed").value(true))
                .andExpect(jsonPath("$.total.answers").value(7));
        analyst(year + "&department=Werk")
                .andExpect(jsonPath("$.query.department").value("Werk"))
                .andExpect(jsonPath("$.total.suppressed").value(true))
                .andExpect(jsonPath("$.total.answers").doesNotExist());

        mvc.perform(get("/api/analytics/reports/council?year=2012&half=1").with(httpBasic("an.peters", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.satisfaction").value(containsString("Na afsluiting")))
                .andExpect(jsonPath("$.feedback[0].now").value("7"))
                .andExpect(jsonPath("$.feedback[1].now").value("2,9"))
                .andExpect(jsonPath("$.feedback[4].now").value("86% (6 van 7)"));
        mvc.perform(get("/api/analytics/reports/council?year=2012&half=1&format=csv")
                .with(httpBasic("an.peters", PASSWORD))).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "2012-H1;Antwoorden op de tevredenheidsvraag na afsluiting;7;0;+7\r\n")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("niet gemeten"))));
        mvc.perform(get("/api/analytics/feedback").with(httpBasic("h.devries", PASSWORD)))
                .andExpect(status().isForbidden());
    }

    private EventEnvelope publishAnswer(CitizenAnswers answer) throws Exception {
        EventEnvelope event = answerEnvelope(answer.complaintId(), answer.given());
        publish(Topics.NOTIFICATION, event);
        return event;
    }

    /** As notification-service publishes it: keyed by the complaint. */
    private static EventEnvelope answerEnvelope(String complaintId, DomainEvent payload) {
        return EventEnvelope.first(complaintId, payload, "notification-service", Instant.parse("2012-03-20T10:00:00Z"),
                UUID.randomUUID());
    }

    @Test
    void aRebuildReplaysTheTopicsIntoAFreshGenerationAndEveryCountStaysTheSame() throws Exception {
        for (int i = 1; i <= 7; i++) {
            Complaints complaint = aComplaint("K-2017-" + i).receivedOn(LocalDate.of(2017, i, 10))
                    .in(i % 2 == 0 ? "Inkomen" : "Werk", i % 2 == 0 ? "Inkomen Zuid" : "Werk Oost")
                    .about(i % 3 == 0 ? Category.FINANCIEEL : Category.BEREIKBAARHEID);
            publish(complaint.registeredEnvelope());
            EventEnvelope contacted = envelope(complaint.id(), new CitizenContacted(LocalDate.of(2017, i, 12),
                    Channel.PHONE, i != 4), LocalDate.of(2017, i, 12));
            publish(contacted);
            publish(contacted); // redelivered
            LocalDate closedOn = LocalDate.of(2017, i, 20);
            publish(envelope(complaint.id(), new ComplaintClosed(closedOn, Judgement.GEGROND, 0, true, null, true,
                    closedOn.plusYears(1)), closedOn));
            if (i <= 5) {
                publishAnswer(anAnswer("F-2017-" + i).about(complaint.id()).givenOn(closedOn.plusDays(3)).satisfaction(i));
            }
        }
        awaitTotal("from=2017-01-01&to=2017-12-31", 7);
        String feedback2017 = "/api/analytics/feedback?period=year&from=2017-01-01&to=2017-12-31";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> analyst(feedback2017)
                .andExpect(jsonPath("$.total.answers").value(5))
                .andExpect(jsonPath("$.total.responseRate.of").value(7)));
        String feedbackBefore = analyst(feedback2017).andReturn().getResponse().getContentAsString();
        String summaryBefore = summary("an.peters", "from=2017-01-01&to=2017-12-31").andReturn().getResponse()
                .getContentAsString();
        String kpisBefore = mvc.perform(get("/api/analytics/kpis?period=month&from=2017-01-01&to=2017-12-31&groupBy=department")
                .with(httpBasic("an.peters", PASSWORD))).andReturn().getResponse().getContentAsString();
        assertThat(summaryBefore).contains("\"count\":7");

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/analytics/rebuild")
                .with(httpBasic("h.devries", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/analytics/rebuild")
                .with(httpBasic("admin", PASSWORD))).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.state").value("RUNNING"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> mvc.perform(get("/api/analytics/rebuild")
                .with(httpBasic("an.peters", PASSWORD))).andExpect(jsonPath("$.state").value("DONE"))
                .andExpect(jsonPath("$.collection").value(containsString("complaint_facts_g"))));
        String progress = mvc.perform(get("/api/analytics/rebuild").with(httpBasic("an.peters", PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(progress, "$.read"))
                .as("every record of both topics, the redeliveries too").isGreaterThanOrEqualTo(21)
                .isEqualTo(com.jayway.jsonpath.JsonPath.<Integer>read(progress, "$.total"));

        assertThat(summary("an.peters", "from=2017-01-01&to=2017-12-31").andReturn().getResponse().getContentAsString())
                .isEqualTo(summaryBefore);
        assertThat(mvc.perform(get("/api/analytics/kpis?period=month&from=2017-01-01&to=2017-12-31&groupBy=department")
                .with(httpBasic("an.peters", PASSWORD))).andReturn().getResponse().getContentAsString())
                .isEqualTo(kpisBefore);
        assertThat(analyst(feedback2017).andReturn().getResponse().getContentAsString())
                .as("the answers are outside the generations: none lost, none doubled").isEqualTo(feedbackBefore)
                .contains("\"answers\":5", "\"meanSatisfaction\":3.0");

        // The live projection goes on into the new generation, once per event.
        Complaints after = aComplaint("K-2017-8").receivedOn(LocalDate.of(2017, 8, 20)).in("Werk", "Werk Oost");
        publish(after.registeredEnvelope());
        publish(after.registeredEnvelope());
        awaitTotal("from=2017-01-01&to=2017-12-31", 8);
    }

    @Test
    void aRisingTeamBecomesOnePatternSignalOnTheAnalyticsTopicWithItsEvidenceAndAFlatTeamNone() throws Exception {
        // Today is Tue 24 Nov 2026 (2026-Q4); the baseline is 2025-Q4 to 2026-Q3.
        LocalDate[] quarters = { LocalDate.of(2025, 10, 6), LocalDate.of(2026, 1, 12), LocalDate.of(2026, 4, 13),
            LocalDate.of(2026, 7, 6), LocalDate.of(2026, 10, 5) };
        int[] rising = { 1, 2, 1, 2, 9 };
        int[] flat = { 4, 5, 4, 5, 5 };
        int published = 0;
        for (int q = 0; q < quarters.length; q++) {
            for (int i = 0; i < rising[q]; i++) {
                publish(aComplaint("K-SIG-R" + q + "-" + i).receivedOn(quarters[q].plusDays(i))
                        .in("Signaalzaken", "Signaal West").about(Category.TIJDIGHEID).registeredEnvelope());
                published++;
            }
            for (int i = 0; i < flat[q]; i++) {
                publish(aComplaint("K-SIG-F" + q + "-" + i).receivedOn(quarters[q].plusDays(i))
                        .in("Vlakzaken", "Signaal Oost").about(Category.TIJDIGHEID).registeredEnvelope());
            }
        }
        awaitTotal("from=2025-10-01&to=2026-12-31&department=Signaalzaken", published);
        awaitTotal("from=2025-10-01&to=2026-12-31&department=Vlakzaken", 4 + 5 + 4 + 5 + 5);

        String scanned = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/analytics/signals/scan").with(httpBasic("an.peters", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/analytics/signals/scan").with(httpBasic("an.peters", PASSWORD)))
                .andExpect(status().isOk());

        assertThat(scanned).contains("Signaal West").doesNotContain("Signaal Oost", "Vlakzaken");
        mvc.perform(get("/api/analytics/signals").with(httpBasic("an.peters", PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.signals[?(@.team == 'Signaal West')].kind").value(
                        org.hamcrest.Matchers.contains("RISING_ABOVE_BASELINE")))
                .andExpect(jsonPath("$.signals[?(@.team == 'Signaal West')].count").value(org.hamcrest.Matchers.contains(9)))
                .andExpect(jsonPath("$.signals[?(@.team == 'Signaal West')].baseline").value(org.hamcrest.Matchers.contains(1.5)))
                .andExpect(jsonPath("$.signals[?(@.team == 'Signaal West')].period").value(org.hamcrest.Matchers.contains("2026-Q4")))
                .andExpect(jsonPath("$.signals[?(@.team == 'Signaal West')].test").value(org.hamcrest.Matchers.contains(
                        containsString("Poisson"))));
        mvc.perform(get("/api/analytics/signals").with(httpBasic("h.devries", PASSWORD))).andExpect(status().isForbidden());

        try (TopicReader reader = new TopicReader(brokers, Topics.ANALYTICS)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(reader.events())
                    .filteredOn(e -> e.payload() instanceof PatternSignalRaised s && "Signaal West".equals(s.team()))
                    .singleElement().satisfies(e -> {
                        PatternSignalRaised signal = (PatternSignalRaised) e.payload();
                        assertThat(signal.kind()).isEqualTo(SignalKind.RISING_ABOVE_BASELINE);
                        assertThat(signal.count()).isEqualTo(9);
                        assertThat(e.complaintId()).as("keyed by the signal").isEqualTo(signal.signalId());
                    }));
            assertThat(reader.events()).filteredOn(e -> e.payload() instanceof PatternSignalRaised s
                    && ("Vlakzaken".equals(s.department()) || "Signaal Oost".equals(s.team()))).isEmpty();
        }
    }

    private void publish(String topic, EventEnvelope event) throws Exception {
        kafka.send(new ProducerRecord<>(topic, event.complaintId(), codec.encode(event))).get();
    }

    private int publishMany(int from, int count, Category category) throws Exception {
        for (int i = from; i < from + count; i++) {
            publish(aComplaint("K-2024-" + i).receivedOn(LocalDate.of(2024, 1 + i % 12, 1)).in("Werk", "Werk Oost")
                    .about(category).registeredEnvelope());
        }
        return from + count;
    }

    private void publish(EventEnvelope event) throws Exception {
        kafka.send(new ProducerRecord<>(Topics.COMPLAINT, event.complaintId(), codec.encode(event))).get();
    }

    private ResultActions summary(String staff, String query) throws Exception {
        return mvc.perform(get(SUMMARY + (query.isEmpty() ? "" : "?" + query)).with(httpBasic(staff, PASSWORD)));
    }

    private void awaitTotal(String query, int total) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> summary("an.peters", query)
                .andExpect(jsonPath("$.total.count").value(total)));
    }
}
