package nl.klachtroute.analytics.cube;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import nl.klachtroute.analytics.cube.persistence.CubeDerivation;
import nl.klachtroute.analytics.cube.persistence.MongoComplaintCube;
import nl.klachtroute.analytics.facts.FactProjector;
import nl.klachtroute.analytics.facts.persistence.ComplaintFactDocument;
import nl.klachtroute.analytics.facts.persistence.FactCollections;
import nl.klachtroute.analytics.facts.persistence.MongoComplaintFacts;
import nl.klachtroute.analytics.facts.persistence.MongoRepeatIndex;
import nl.klachtroute.analytics.kpi.FactScanningKpiService;
import nl.klachtroute.analytics.kpi.Granularity;
import nl.klachtroute.analytics.kpi.GroupBy;
import nl.klachtroute.analytics.kpi.KpiQuery;
import nl.klachtroute.analytics.kpi.KpiService;
import nl.klachtroute.analytics.kpi.persistence.MongoFactSource;
import nl.klachtroute.analytics.report.FactScanningQuarterlyTableService;
import nl.klachtroute.analytics.report.Quarter;
import nl.klachtroute.analytics.report.QuarterlyTableService;
import nl.klachtroute.analytics.summary.CubeStatistics;
import nl.klachtroute.analytics.summary.SmallCellPolicy;
import nl.klachtroute.analytics.summary.SummaryFilter;
import nl.klachtroute.analytics.summary.SummaryService;
import nl.klachtroute.analytics.summary.persistence.MongoFactStatistics;
import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;
import nl.klachtroute.events.DeadlineKind;
import nl.klachtroute.events.DomainEvent;
import nl.klachtroute.events.HearingParty;
import nl.klachtroute.events.HearingWaiverGround;
import nl.klachtroute.events.Judgement;
import nl.klachtroute.events.NotHandlingGround;
import nl.klachtroute.events.Route;
import nl.klachtroute.events.complaint.BejegeningRouteStarted;
import nl.klachtroute.events.complaint.CitizenContacted;
import nl.klachtroute.events.complaint.ComplaintAcknowledged;
import nl.klachtroute.events.complaint.ComplaintAnonymised;
import nl.klachtroute.events.complaint.ComplaintClosed;
import nl.klachtroute.events.complaint.ComplaintNotHandled;
import nl.klachtroute.events.complaint.ComplaintRegistered;
import nl.klachtroute.events.complaint.ComplaintReopened;
import nl.klachtroute.events.complaint.ComplaintResolvedInformally;
import nl.klachtroute.events.complaint.ComplaintWithdrawn;
import nl.klachtroute.events.complaint.DeadlineMissed;
import nl.klachtroute.events.complaint.HandlingDeadlineExtended;
import nl.klachtroute.events.complaint.HearingRecorded;
import nl.klachtroute.events.complaint.HearingWaived;
import nl.klachtroute.events.complaint.MissingDetailsSupplied;
import nl.klachtroute.events.complaint.OmbudsmanReferralMade;
import nl.klachtroute.events.complaint.StandardRouteStarted;
import nl.klachtroute.events.findings.HearingHeld;
import nl.klachtroute.support.testing.EmbeddedMongo;

/**
 * A few thousand fictional complaints with random routes, projected in an interleaved order (registrations out of
 * day order, some after the complaint's other events, some events twice) into the embedded store: every dashboard
 * answer from the cube equals the one computed from all facts as before, also after the cube is derived anew from
 * the facts as a rebuild does.
 */
class CubeEquivalenceTest {

    private static final String FACTS = "complaint_facts";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-14T22:30:00Z"), ZoneOffset.UTC);
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final String[][] TEAMS = { { "Werk", "Werk Oost" }, { "Werk", "Werk West" },
            { "Inkomen", "Inkomen Noord" }, { "Inkomen", "Werk Oost" }, { "Participatie", "Participatie|Centrum" },
            { "Schuld.hulp", "Schuld~hulp 100%" } };
    private static final int COMPLAINTS = 1500;
    private static EmbeddedMongo store;
    private static MongoClient client;
    private static MongoTemplate mongo;
    private static FactProjector projector;
    private static final List<Object[]> projected = new ArrayList<>();

    @BeforeAll
    static void projectRandomHistory() {
        store = new EmbeddedMongo();
        client = MongoClients.create(store.uri());
        mongo = new MongoTemplate(client, "analytics");
        projector = new FactProjector(new MongoComplaintFacts(mongo, () -> FACTS),
                new MongoRepeatIndex(mongo, () -> FactCollections.repeatsOf(FACTS)),
                new CubeProjection(cube()));
        SplittableRandom random = new SplittableRandom(8);
        List<Deque<DomainEvent>> queues = new ArrayList<>();
        for (int i = 0; i < COMPLAINTS; i++) {
            queues.add(new ArrayDeque<>(route(random)));
        }
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < COMPLAINTS; i++) {
            open.add(i);
        }
        while (!open.isEmpty()) {
            int at = random.nextInt(open.size());
            int complaint = open.get(at);
            DomainEvent event = queues.get(complaint).poll();
            String id = "K-" + complaint;
            projector.project(id, event);
            projected.add(new Object[] { id, event });
            if (random.nextInt(40) == 0) {
                projector.project(id, event); // redelivered at once
            }
            if (queues.get(complaint).isEmpty()) {
                open.remove(at);
            }
        }
    }

    @AfterAll
    static void stop() {
        client.close();
        store.close();
    }

    private static MongoComplaintCube cube() {
        return new MongoComplaintCube(mongo, () -> FactCollections.cubeOf(FACTS));
    }

    /** One complaint's events in the order complaint-intake would publish them. */
    private static List<DomainEvent> route(SplittableRandom random) {
        LocalDate received = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(913));
        String[] team = TEAMS[random.nextInt(TEAMS.length)];
        Category category = pick(random, Category.values());
        boolean formal = random.nextInt(5) > 0;
        ComplaintRegistered registered = new ComplaintRegistered(received, pick(random, Channel.values()), formal,
                formal ? List.of() : List.of("address"), team[0], team[1], category, category.route(),
                received.minusDays(3), "cit_" + random.nextInt(400), List.of("emp_1"),
                random.nextInt(20) == 0 ? null : received.plusDays(7), received.plusWeeks(6));
        List<DomainEvent> events = new ArrayList<>();
        events.add(registered);
        if (random.nextInt(10) < 7) {
            events.add(new ComplaintAcknowledged(received.plusDays(random.nextInt(12) - 1)));
        }
        if (!formal && random.nextBoolean()) {
            events.add(new MissingDetailsSupplied(received.plusDays(4), true, List.of()));
        }
        if (random.nextInt(10) < 6) {
            events.add(new CitizenContacted(received.plusDays(random.nextInt(13)), pick(random, Channel.values()),
                    random.nextInt(4) > 0));
        }
        if (random.nextInt(10) == 0) {
            events.add(random.nextBoolean() ? new StandardRouteStarted(team[0], team[1])
                    : new BejegeningRouteStarted(team[0], team[1]));
        }
        if (random.nextInt(7) == 0) {
            events.add(new HandlingDeadlineExtended(received.plusWeeks(6), received.plusWeeks(6 + random.nextInt(3) + 1),
                    2, random.nextBoolean()));
        }
        if (random.nextInt(10) == 0) {
            events.add(new DeadlineMissed(random.nextBoolean() ? DeadlineKind.HANDLING : DeadlineKind.CONTACT,
                    received.plusWeeks(6), "usr_handler"));
        }
        if (random.nextInt(5) == 0) {
            events.add(new HearingRecorded(pick(random, HearingParty.values()), received.plusDays(20)));
        }
        if (random.nextInt(10) == 0) {
            events.add(new HearingHeld("RvB-1", pick(random, HearingParty.values()), received.plusDays(22), 0));
        }
        if (random.nextInt(10) == 0) {
            events.add(new HearingWaived(pick(random, HearingWaiverGround.values()), received.plusDays(15)));
        }
        ending(random, received, events);
        if (random.nextInt(15) == 0) {
            events.add(new ComplaintReopened(received.plusDays(70)));
            if (random.nextBoolean()) {
                ending(random, received.plusDays(30), events);
            }
        }
        if (random.nextInt(12) == 0) {
            events.add(new OmbudsmanReferralMade(received.plusDays(random.nextInt(120) - 10), random.nextBoolean()));
        }
        if (random.nextInt(30) == 0) {
            // Registered again with other dimensions: the complaint moves to other cells and chains.
            String[] other = TEAMS[random.nextInt(TEAMS.length)];
            Category otherCategory = pick(random, Category.values());
            events.add(new ComplaintRegistered(received.plusDays(random.nextInt(5)), registered.channel(), true,
                    List.of(), other[0], other[1], otherCategory, otherCategory.route(), received.minusDays(3),
                    registered.complainantRef(), List.of("emp_1"), received.plusDays(7), received.plusWeeks(6)));
        }
        if (random.nextInt(10) == 0) {
            events.add(new ComplaintAnonymised(received.plusYears(1), received.plusDays(60)));
        }
        if (random.nextInt(20) == 0) {
            // The registration replayed from the dead-letter topic, after the complaint's other events.
            events.remove(0);
            events.add(registered);
        }
        return events;
    }

    private static void ending(SplittableRandom random, LocalDate received, List<DomainEvent> events) {
        int kind = random.nextInt(20);
        LocalDate on = received.plusDays(15 + random.nextInt(60));
        if (kind < 10) {
            events.add(new ComplaintClosed(on, pick(random, Judgement.values()), random.nextInt(4), random.nextBoolean(),
                    random.nextInt(4) == 0 ? pick(random, HearingWaiverGround.values()) : null, random.nextInt(5) > 0,
                    on.plusWeeks(52)));
        } else if (kind < 12) {
            events.add(new ComplaintResolvedInformally(on));
        } else if (kind < 14) {
            events.add(new ComplaintNotHandled(pick(random, NotHandlingGround.values()), on));
        } else if (kind < 15) {
            events.add(new ComplaintWithdrawn(on));
        }
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Every granularity and grouping, over periods and filters that cross years, months and days. */
    private static List<KpiQuery> kpiQueries(int periodsAndFilters) {
        List<LocalDate[]> periods = List.of(new LocalDate[] { null, null },
                new LocalDate[] { LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31) },
                new LocalDate[] { LocalDate.of(2024, 2, 10), LocalDate.of(2025, 11, 20) },
                new LocalDate[] { LocalDate.of(2025, 6, 1), null },
                new LocalDate[] { null, LocalDate.of(2024, 9, 30) },
                new LocalDate[] { LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30) });
        List<String[]> filters = List.of(new String[] { null, null }, new String[] { "Werk", null },
                new String[] { null, "Werk Oost" }, new String[] { "Inkomen", "Werk Oost" },
                new String[] { "Participatie", null }, new String[] { "Schuld.hulp", "Schuld~hulp 100%" });
        List<KpiQuery> queries = new ArrayList<>();
        for (LocalDate[] period : periods.subList(0, periodsAndFilters)) {
            for (String[] filter : filters.subList(0, periodsAndFilters)) {
                for (Granularity granularity : Granularity.values()) {
                    for (GroupBy groupBy : GroupBy.values()) {
                        queries.add(new KpiQuery(granularity, period[0], period[1], groupBy, filter[0], filter[1]));
                    }
                }
            }
        }
        return queries;
    }

    private static void assertEveryAnswerEqualsTheFactScan(int periodsAndFilters) {
        SmallCellPolicy policy = new SmallCellPolicy(5);
        MongoFactSource facts = new MongoFactSource(mongo, () -> FACTS);
        FactScanningKpiService before = new FactScanningKpiService(facts, policy, CLOCK, ZONE);
        KpiService now = new KpiService(cube(), policy, CLOCK, ZONE);
        for (KpiQuery query : kpiQueries(periodsAndFilters)) {
            assertThat(now.report(query)).as(query.toString()).isEqualTo(before.report(query));
        }
        SummaryService summaryBefore = new SummaryService(new MongoFactStatistics(mongo, () -> FACTS), policy, CLOCK,
                ZONE);
        SummaryService summaryNow = new SummaryService(new CubeStatistics(cube()), policy, CLOCK, ZONE);
        for (SummaryFilter filter : List.of(SummaryFilter.everything(), new SummaryFilter(null, null, "Werk"),
                new SummaryFilter(LocalDate.of(2024, 3, 15), LocalDate.of(2025, 8, 2), null),
                new SummaryFilter(LocalDate.of(2025, 1, 1), null, "Schuld.hulp"),
                new SummaryFilter(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 20), "Inkomen"))) {
            assertThat(summaryNow.summarise(filter)).as(filter.toString()).isEqualTo(summaryBefore.summarise(filter));
        }
        FactScanningQuarterlyTableService tableBefore = new FactScanningQuarterlyTableService(facts);
        QuarterlyTableService tableNow = new QuarterlyTableService(cube());
        for (String[] range : List.of(new String[] { "2024-Q1", "2024-Q4" }, new String[] { "2025-Q2", "2026-Q2" },
                new String[] { "2023-Q4", "2023-Q4" }, new String[] { "2026-Q3", "2026-Q4" })) {
            Quarter from = Quarter.parse(range[0], "from");
            Quarter to = Quarter.parse(range[1], "to");
            assertThat(tableNow.table(from, to)).as(range[0] + ".." + range[1]).isEqualTo(tableBefore.table(from, to));
        }
    }

    /** Every cell with its counts, zeros left out (an incremental cell keeps paths that went back to zero). */
    private static Map<String, Tally> cells() {
        Map<String, Tally> cells = new HashMap<>();
        for (Document document : mongo.findAll(Document.class, FactCollections.cubeOf(FACTS))) {
            if (!MongoComplaintCube.DIRECTORY.equals(document.getString("_id"))) {
                Map<String, Long> counts = new HashMap<>();
                document.forEach((field, value) -> {
                    if (value instanceof Number count) {
                        counts.put(field, count.longValue());
                    } else if (value instanceof Document breakdown) {
                        breakdown.forEach((key, count) -> counts.put(field + "." + key, ((Number) count).longValue()));
                    }
                });
                Tally tally = Tally.of(counts);
                if (!tally.isEmpty()) {
                    cells.put(document.getString("_id"), tally);
                }
            }
        }
        return cells;
    }

    private static Map<String, Object> repeatFlags() {
        Map<String, Object> flags = new HashMap<>();
        mongo.findAll(ComplaintFactDocument.class, FACTS).forEach(fact -> flags.put(fact.id(), fact.repeats()));
        return flags;
    }

    @Test
    void everyDashboardAnswerFromTheCubeEqualsTheOneFromAllFacts() {
        assertThat(cells()).as("the history fills the cube").hasSizeGreaterThan(1000);
        assertThat(repeatFlags().values()).as("repeats of both kinds occur")
                .anyMatch(flags -> ((nl.klachtroute.analytics.facts.RepeatFlags) flags).bySameComplainant())
                .anyMatch(flags -> !((nl.klachtroute.analytics.facts.RepeatFlags) flags).bySameTeamAndCategory());

        assertEveryAnswerEqualsTheFactScan(4);
    }

    @Test
    void eventsDeliveredAgainCountOnce() {
        Map<String, Tally> before = cells();
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 300; i++) {
            // Redelivered at once: the fact does not change, so nothing is saved or counted.
            Object[] event = projected.get(random.nextInt(projected.size()));
            String id = (String) event[0];
            if (projected.stream().filter(e -> e[0].equals(id)).reduce((a, b) -> b).orElseThrow() == event) {
                projector.project(id, (DomainEvent) event[1]);
            }
        }
        assertThat(cells()).isEqualTo(before);
        for (int i = 0; i < 300; i++) {
            Object[] event = projected.get(random.nextInt(projected.size()));
            projector.project((String) event[0], (DomainEvent) event[1]);
        }
        // Redelivered late (the inbox marker lost), an event a later one overrode can change its fact again, as it
        // did before the cube; the cube still says what the facts say.
        assertEveryAnswerEqualsTheFactScan(2);
    }

    @Test
    void aCubeDerivedFromTheFactsEqualsTheOneKeptEventByEvent() {
        Map<String, Tally> kept = cells();
        Map<String, Object> flags = repeatFlags();

        new CubeDerivation(mongo).derive(FACTS);

        assertThat(repeatFlags()).isEqualTo(flags);
        assertThat(cells()).isEqualTo(kept);
        assertThat(cube().complete()).isTrue();
        assertEveryAnswerEqualsTheFactScan(2);
    }
}
