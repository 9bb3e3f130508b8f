package nl.klachtroute.support.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.mapping.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import nl.klachtroute.support.testing.EmbeddedMongo;

/** The lookup index changes how a versioned save is found, never what it does: a stale save is still refused. */
class VersionedLookupTest {

    @Document("cases")
    record Case(@Id String id, @Version Long version, String state) {
    }

    private EmbeddedMongo store;
    private MongoClient client;
    private MongoTemplate mongo;

    @BeforeEach
    void setUp() {
        store = new EmbeddedMongo();
        client = MongoClients.create(store.uri());
        mongo = new MongoTemplate(client, "klachtroute");
    }

    @AfterEach
    void tearDown() {
        client.close();
        store.close();
    }

    @Test
    void versionedSavesStillWinOrLoseAsBeforeWithTheIndexInPlace() {
        mongo.save(new Case("K-1", null, "REGISTERED"));
        VersionedLookup.ensure(mongo, "cases", "version");
        VersionedLookup.ensure(mongo, "cases", "version");
        Case registered = mongo.findById("K-1", Case.class);

        Case acknowledged = mongo.save(new Case("K-1", registered.version(), "ACKNOWLEDGED"));

        assertThat(mongo.findById("K-1", Case.class).state()).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.version()).isGreaterThan(registered.version());
        assertThatThrownBy(() -> mongo.save(new Case("K-1", registered.version(), "STALE")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(mongo.findById("K-1", Case.class).state()).isEqualTo("ACKNOWLEDGED");
        assertThat(mongo.indexOps("cases").getIndexInfo()).extracting(IndexInfo::getName)
                .containsOnlyOnce(VersionedLookup.INDEX);
    }
}
