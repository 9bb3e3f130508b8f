package nl.klachtroute.findings.report.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.Topics;
import nl.klachtroute.events.findings.FindingsReportDeadlineApproaching;
import nl.klachtroute.events.findings.FindingsReportDeadlineMissed;
import nl.klachtroute.findings.ServiceTest;
import nl.klachtroute.findings.report.WorkingDays;
import nl.klachtroute.findings.report.persistence.ReportStore;
import nl.klachtroute.support.testing.TopicReader;

/**
 * The deadline scan as several instances run it on one store: each deadline event is published once, also
 * when the instances race, and also after a restart.
 */
class DeadlineScanTest extends ServiceTest {

    /** Monday 3 March 2025: ten working days later is Monday 17 March, the reminder goes out Friday 14 March. */
    private static final LocalDate REQUESTED = LocalDate.of(2025, 3, 3);
    private static final LocalDate DUE = LocalDate.of(2025, 3, 17);

    @Autowired
    private ReportStore store;
    @Autowired
    private FindingsProperties properties;

    @Test
    void twoInstancesScanningTogetherGiveEachDeadlineEventOnceAlsoAfterARestart() throws Exception {
        List<String> complaints = IntStream.rangeClosed(1, 8).mapToObj(i -> "K-2025-00090" + i).toList();
        for (String complaintId : complaints) {
            openReport(requested(complaintId, "Activering Noord", List.of(), REQUESTED));
        }

        assertThat(together(scannerOn(LocalDate.of(2025, 3, 13)), scannerOn(LocalDate.of(2025, 3, 13))))
                .as("before the reminder day").isZero();
        assertThat(together(scannerOn(LocalDate.of(2025, 3, 14)), scannerOn(LocalDate.of(2025, 3, 14))))
                .as("one reminder per report, whichever instance gave it").isEqualTo(complaints.size());
        assertThat(scannerOn(LocalDate.of(2025, 3, 14)).run()).as("a restarted instance").isZero();
        assertThat(scannerOn(DUE).run()).as("the due day is still in time").isZero();
        assertThat(together(scannerOn(DUE.plusDays(1)), scannerOn(DUE.plusDays(1))))
                .isEqualTo(complaints.size());
        assertThat(scannerOn(DUE.plusDays(3)).run()).as("a restarted instance, days later").isZero();

        try (TopicReader reader = new TopicReader(brokers, Topics.FINDINGS)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> complaints.stream().allMatch(c -> pending(c) == 0)
                    && complaints.stream().allMatch(c -> eventsOf(reader, c).size() >= 3));
            for (String complaintId : complaints) {
                List<EventEnvelope> events = eventsOf(reader, complaintId);
                assertThat(events).extracting(EventEnvelope::type).as(complaintId).containsExactly(
                        "FindingsReportOpened", "FindingsReportDeadlineApproaching", "FindingsReportDeadlineMissed");
                String reportId = "R-" + complaintId;
                assertThat(events.get(1).payload())
                        .isEqualTo(new FindingsReportDeadlineApproaching(reportId, DUE, "tm.jansen"));
                assertThat(events.get(2).payload())
                        .isEqualTo(new FindingsReportDeadlineMissed(reportId, DUE, "tm.jansen"));
            }
        }
    }

    @Test
    void aReportSubmittedInTimeGetsNoMissedEvent() throws Exception {
        String inTime = "K-2026-000951";
        String untouched = "K-2026-000952";
        String reportId = openReport(requested(inTime, "Activering Noord", List.of()));
        openReport(requested(untouched, "Activering Noord", List.of()));
        String today = LocalDate.now(AMSTERDAM).toString();
        command("tm.jansen", post("/api/reports/{id}/hearings", reportId).content("""
                {"party":"CITIZEN","heldOn":"%s","companions":0,"record":"Gesprek met klager gevoerd."}"""
                .formatted(today))).andExpect(status().isOk());
        command("tm.jansen", put("/api/reports/{id}/findings", reportId).content("""
                {"findings":"De medewerker was kortaf."}""")).andExpect(status().isOk());
        command("tm.jansen", post("/api/reports/{id}/submit", reportId)).andExpect(status().isOk());

        LocalDate due = LocalDate.parse(store.find(reportId).orElseThrow().report().dueOn().toString());
        together(scannerOn(due.plusDays(1)), scannerOn(due.plusDays(1)));

        try (TopicReader reader = new TopicReader(brokers, Topics.FINDINGS)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> pending(inTime) == 0 && pending(untouched) == 0
                    && eventsOf(reader, untouched).size() >= 2 && eventsOf(reader, inTime).size() >= 3);
            assertThat(eventsOf(reader, inTime)).extracting(EventEnvelope::type).containsExactly(
                    "FindingsReportOpened", "HearingHeld", "FindingsReportSubmitted");
            assertThat(eventsOf(reader, untouched)).extracting(EventEnvelope::type).as("the first scan after the due day")
                    .containsExactly("FindingsReportOpened", "FindingsReportDeadlineMissed");
        }
    }

    private DeadlineScan scannerOn(LocalDate day) {
        Clock clock = Clock.fixed(day.atTime(7, 0).atZone(AMSTERDAM).toInstant(), ZoneOffset.UTC);
        return new DeadlineScan(store, WorkingDays.weekendsOnly(), properties, clock);
    }

    /** Runs both instances at the same moment, three rounds each; @return the events they gave together */
    private static int together(DeadlineScan first, DeadlineScan second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> rounds = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                rounds.add(first::run);
                rounds.add(second::run);
            }
            int given = 0;
            for (Future<Integer> round : pool.invokeAll(rounds)) {
                given += round.get();
            }
            return given;
        } finally {
            pool.shutdown();
        }
    }

    private long pending(String complaintId) {
        Document document = mongo.findById("R-" + complaintId, Document.class, ReportStore.COLLECTION);
        return document == null ? -1 : document.getList("outbox", Document.class).size();
    }

    private static List<EventEnvelope> eventsOf(TopicReader reader, String complaintId) {
        return reader.events().stream().filter(e -> complaintId.equals(e.complaintId())).toList();
    }
}
