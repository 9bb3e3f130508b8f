package nl.klachtroute.intake.complaint.persistence;

import static nl.klachtroute.intake.complaint.ComplaintBuilder.WEEKEND_ONLY_DEADLINES;
import static nl.klachtroute.intake.complaint.ComplaintBuilder.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import nl.klachtroute.events.DeadlineKind;
import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.complaint.DeadlineApproaching;
import nl.klachtroute.events.complaint.DeadlineMissed;
import nl.klachtroute.intake.complaint.Complaint;
import nl.klachtroute.intake.complaint.ComplaintRepository;
import nl.klachtroute.intake.complaint.ComplaintStatus;
import nl.klachtroute.intake.complaint.application.DeadlineScan;
import nl.klachtroute.support.testing.EmbeddedMongo;

/**
 * The deadline scan as several instances of the service run it: two scanners, each with its own connection,
 * on one store at the same time. Every deadline alert is given once (counted in the complaints' outboxes,
 * which nothing empties here), also when fresh instances start again ("after a restart"), and a deadline
 * that was met gives no escalation.
 * <p>
 * Complaints received Fri 24 Apr 2026 (weekends-only calendar): contact deadline Fri 1 May, handling deadline
 * Fri 5 Jun 2026.
 */
class DeadlineScanOnOneStoreTest {

    private static final EmbeddedMongo STORE = new EmbeddedMongo();
    private static final EventCodec CODEC = new EventCodec();
    /** Thu 4 Jun 2026 (9:00 in Amsterdam): the contact deadline has passed, the handling deadline is tomorrow. */
    private static final Clock THURSDAY_4_JUNE = Clock.fixed(LocalDate.of(2026, 6, 4).atTime(7, 0)
            .toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    /** Mon 8 Jun 2026: the handling deadline has passed. */
    private static final Clock MONDAY_8_JUNE = Clock.fixed(LocalDate.of(2026, 6, 8).atTime(7, 0)
            .toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final int NOT_CONTACTED = 12;

    private final List<MongoClient> clients = new ArrayList<>();
    private MongoTemplate mongo;

    @BeforeEach
    void storeWithComplaints() {
        mongo = template();
        mongo.getDb().drop();
        MongoComplaintRepository repository = new MongoComplaintRepository(mongo);
        for (int n = 1; n <= NOT_CONTACTED; n++) {
            repository.add(aComplaint().withId(String.format("K-2026-%06d", n)).registered(), List.of(), null);
        }
        repository.add(aComplaint().withId("K-2026-000100").walkedTo(ComplaintStatus.CONTACTED), List.of(), null);
        repository.add(aComplaint().withId("K-2026-000101").walkedTo(ComplaintStatus.CLOSED), List.of(), null);
    }

    @AfterEach
    void closeConnections() {
        clients.forEach(MongoClient::close);
        clients.clear();
    }

    @AfterAll
    static void stopStore() {
        STORE.close();
    }

    @Test
    void twoInstancesScanningAtOnceGiveEachAlertOnceAlsoAfterARestart() throws Exception {
        int given = scanConcurrently(THURSDAY_4_JUNE);

        Map<String, List<String>> alerts = alertsPerComplaint();
        for (int n = 1; n <= NOT_CONTACTED; n++) {
            assertThat(alerts.get(String.format("K-2026-%06d", n))).as("complaint %d", n)
                    .containsExactlyInAnyOrder("DeadlineMissed CONTACT 2026-05-01",
                            "DeadlineApproaching HANDLING 2026-06-05");
        }
        assertThat(alerts.get("K-2026-000100")).as("contacted in time: only the handling reminder")
                .containsExactly("DeadlineApproaching HANDLING 2026-06-05");
        assertThat(alerts).as("a closed complaint has no deadlines any more").doesNotContainKey("K-2026-000101");
        assertThat(given).as("alerts the two instances reported together").isEqualTo(2 * NOT_CONTACTED + 1);

        assertThat(scanConcurrently(THURSDAY_4_JUNE)).as("fresh instances on the same store (a restart)").isZero();
        assertThat(alertsPerComplaint()).isEqualTo(alerts);
    }

    @Test
    void theDayAfterTheDeadlineEachInstanceSeesTheEscalationGivenOnce() throws Exception {
        scanConcurrently(THURSDAY_4_JUNE);

        scanConcurrently(MONDAY_8_JUNE);
        scanConcurrently(MONDAY_8_JUNE);

        Map<String, List<String>> alerts = alertsPerComplaint();
        assertThat(alerts.get("K-2026-000001")).containsExactlyInAnyOrder("DeadlineMissed CONTACT 2026-05-01",
                "DeadlineApproaching HANDLING 2026-06-05", "DeadlineMissed HANDLING 2026-06-05");
        assertThat(alerts.get("K-2026-000100")).containsExactlyInAnyOrder("DeadlineApproaching HANDLING 2026-06-05",
                "DeadlineMissed HANDLING 2026-06-05");
        assertThat(mongo.findById("K-2026-000001", Document.class, "complaints").getList("deadlinesToAlert",
                String.class)).as("nothing left to escalate, so the scan no longer loads it").isEmpty();
    }

    @Test
    void anInstanceThatLosesTheRaceForAComplaintReloadsItAndGivesNothingTwice() {
        DeadlineScan other = instance(THURSDAY_4_JUNE);
        // This instance has loaded its batch and decided its alerts; just before its first write the other
        // instance scans everything. Its own writes then fail on the version, and it decides again.
        MongoComplaintRepository store = new MongoComplaintRepository(template());
        AtomicBoolean overtaken = new AtomicBoolean();
        ComplaintRepository overtakenBeforeWriting = (ComplaintRepository) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] { ComplaintRepository.class }, (proxy, method, args) -> {
                    if (method.getName().equals("update") && overtaken.compareAndSet(false, true)) {
                        other.run();
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        int given = new DeadlineScan(overtakenBeforeWriting, WEEKEND_ONLY_DEADLINES, THURSDAY_4_JUNE, 1, 50).run();

        assertThat(overtaken).isTrue();
        assertThat(given).as("everything was given by the other instance").isZero();
        assertThat(alertsPerComplaint().get("K-2026-000001")).containsExactlyInAnyOrder(
                "DeadlineMissed CONTACT 2026-05-01", "DeadlineApproaching HANDLING 2026-06-05");
    }

    @Test
    void aComplaintStoredByTheWalkingSkeletonIsReadWithItsReportAndWatched() throws Exception {
        MongoComplaintRepository repository = new MongoComplaintRepository(mongo);
        repository.add(aComplaint().withId("K-2026-000200").walkedTo(ComplaintStatus.AWAITING_FINDINGS_REPORT),
                List.of(), null);
        // The skeleton's shape: the report in flat fields, nothing for the scan.
        mongo.updateFirst(Query.query(Criteria.where("_id").is("K-2026-000200")), new Update()
                .unset("findingsReport").unset("deadlinesToAlert").set("findingsReportRequestedOn", "2026-04-29")
                .set("findingsReportId", "R-K-2026-000200").set("teammanagerId", "tm.jansen"), "complaints");

        Complaint legacy = repository.find("K-2026-000200").orElseThrow();
        assertThat(legacy.findingsReportId()).isEqualTo("R-K-2026-000200");
        assertThat(legacy.teammanagerId()).isEqualTo("tm.jansen");

        scanConcurrently(MONDAY_8_JUNE);
        assertThat(alertsPerComplaint().get("K-2026-000200")).containsExactly("DeadlineMissed HANDLING 2026-06-05");
        assertThat(mongo.findById("K-2026-000200", Document.class, "complaints").getString("findingsReportId"))
                .as("rewritten in the new shape").isNull();
    }

    /** Two instances, each with its own connection and scan, started together; returns the alerts they gave. */
    private int scanConcurrently(Clock clock) throws Exception {
        List<DeadlineScan> instances = List.of(instance(clock), instance(clock));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(instances.size());
        try {
            List<Future<Integer>> rounds = new ArrayList<>();
            for (DeadlineScan scan : instances) {
                rounds.add(threads.submit(() -> {
                    start.await();
                    return scan.run();
                }));
            }
            start.countDown();
            int given = 0;
            for (Future<Integer> round : rounds) {
                given += round.get(60, TimeUnit.SECONDS);
            }
            return given;
        } finally {
            threads.shutdownNow();
        }
    }

    /** A small batch, so that the scan pages through the complaints while the other instance writes. */
    private DeadlineScan instance(Clock clock) {
        return new DeadlineScan(new MongoComplaintRepository(template()), WEEKEND_ONLY_DEADLINES, clock, 1, 3);
    }

    private MongoTemplate template() {
        MongoClient client = MongoClients.create(STORE.uri());
        clients.add(client);
        return new MongoTemplate(client, "deadline-scan-test");
    }

    /** The deadline events waiting in each complaint's outbox, as "type kind deadline". */
    private Map<String, List<String>> alertsPerComplaint() {
        Map<String, List<String>> alerts = new TreeMap<>();
        for (Document complaint : mongo.findAll(Document.class, "complaints")) {
            for (Document pending : complaint.getList("outbox", Document.class)) {
                EventEnvelope event = CODEC.decode(pending.getString("json"));
                String line;
                if (event.payload() instanceof DeadlineMissed missed) {
                    line = describe("DeadlineMissed", missed.kind(), missed.deadline());
                } else if (event.payload() instanceof DeadlineApproaching approaching) {
                    line = describe("DeadlineApproaching", approaching.kind(), approaching.deadline());
                } else {
                    continue;
                }
                alerts.computeIfAbsent(complaint.getString("_id"), id -> new ArrayList<>()).add(line);
            }
        }
        return alerts;
    }

    private static String describe(String type, DeadlineKind kind, LocalDate deadline) {
        return type + " " + kind + " " + deadline;
    }
}
