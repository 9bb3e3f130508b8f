package nl.klachtroute.analytics.cube.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import nl.klachtroute.analytics.cube.Bucket;
import nl.klachtroute.analytics.cube.CellId;
import nl.klachtroute.analytics.cube.Level;
import nl.klachtroute.analytics.cube.Tally;
import nl.klachtroute.analytics.cube.View;
import nl.klachtroute.support.testing.EmbeddedMongo;

/**
 * The live consumers' cube changes reach the stored cube together, and a crash before they do leaves the cube marked
 * for a derivation at the next start rather than silently short.
 */
class WriteBehindCubeTest {

    private static final Duration NEVER = Duration.ofHours(1);
    private static final CellId MARCH_PRIVACY = new CellId(View.CATEGORY, Bucket.of(Level.MONTH, LocalDate.of(2026, 3, 1)),
            List.of("PRIVACY"));
    private static EmbeddedMongo store;
    private static MongoClient client;
    private static MongoTemplate mongo;
    private final AtomicReference<String> active = new AtomicReference<>("complaint_facts_cube");
    private MongoComplaintCube stored;

    @BeforeAll
    static void start() {
        store = new EmbeddedMongo();
        client = MongoClients.create(store.uri());
        mongo = new MongoTemplate(client, "analytics");
    }

    @AfterAll
    static void stop() {
        client.close();
        store.close();
    }

    @BeforeEach
    void aCompleteCube() {
        mongo.getDb().drop();
        stored = new MongoComplaintCube(mongo, active::get);
        stored.markComplete();
    }

    private static Map<CellId, Tally> oneReceived() {
        return Map.of(MARCH_PRIVACY, new Tally().add(Tally.RECEIVED, 1));
    }

    private long receivedIn(MongoComplaintCube cube) {
        return cube.find(List.of(MARCH_PRIVACY)).getOrDefault(MARCH_PRIVACY, new Tally()).get(Tally.RECEIVED);
    }

    @Test
    void changesOfARoundAreWrittenTogetherAndTheCubeIsCompleteAgainAfterwards() {
        WriteBehindCube live = new WriteBehindCube(stored, NEVER);
        live.add(oneReceived());
        live.add(oneReceived());

        assertThat(receivedIn(stored)).isZero();
        assertThat(stored.complete()).as("a start now would derive the cube").isFalse();

        live.write();

        assertThat(receivedIn(stored)).isEqualTo(2);
        assertThat(stored.complete()).isTrue();
        assertThat(stored.directory().combinations(View.CATEGORY)).containsExactly("PRIVACY");
        live.destroy();
    }

    @Test
    void theWriterWritesEveryIntervalWithoutBeingAsked() {
        WriteBehindCube live = new WriteBehindCube(stored, Duration.ofMillis(50));
        live.add(oneReceived());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(receivedIn(stored)).isEqualTo(1);
            assertThat(stored.complete()).isTrue();
        });
        live.destroy();
    }

    @Test
    void aStopWritesTheLastChanges() {
        WriteBehindCube live = new WriteBehindCube(stored, NEVER);
        live.add(oneReceived());

        live.destroy();

        assertThat(receivedIn(stored)).isEqualTo(1);
        assertThat(stored.complete()).isTrue();
    }

    @Test
    void changesForAGenerationARebuildReplacedAreDroppedAndTheNewCubeIsLeftAlone() {
        WriteBehindCube live = new WriteBehindCube(stored, NEVER);
        live.add(oneReceived());
        MongoComplaintCube previous = new MongoComplaintCube(mongo, () -> "complaint_facts_cube");
        active.set("complaint_facts_2_cube");
        stored.markComplete();

        live.write();

        assertThat(receivedIn(stored)).isZero();
        assertThat(stored.complete()).isTrue();
        assertThat(receivedIn(previous)).isZero();
        live.destroy();
    }

    @Test
    void aLongCatchUpWritesBeforeItHoldsTooManyCells() {
        WriteBehindCube live = new WriteBehindCube(stored, NEVER);
        LocalDate day = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < WriteBehindCube.MAX_CELLS; i++) {
            live.add(Map.of(new CellId(View.ALL, Bucket.of(Level.DAY, day.plusDays(i)), List.of()),
                    new Tally().add(Tally.RECEIVED, 1)));
        }

        assertThat(stored.find(List.of(new CellId(View.ALL, Bucket.of(Level.DAY, day), List.of())))).hasSize(1);
        assertThat(stored.complete()).isTrue();
        live.destroy();
    }
}
