package nl.klachtroute.analytics.facts.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Which collection holds the complaint facts that are read and projected into: the active generation. A
 * rebuild fills a fresh collection and then switches the pointer (collection {@value #POINTER}); this
 * instance follows at once, others within {@link #REFRESH}.
 */
public class FactCollections {

    static final String POINTER = "analytics_generation";
    static final Duration REFRESH = Duration.ofSeconds(5);
    private final MongoOperations mongo;
    private final Clock clock;
    private volatile String active;
    private volatile Instant readAt = Instant.EPOCH;

    public FactCollections(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The collection of the active generation ({@value ComplaintFactDocument#COLLECTION} until a rebuild). */
    public String active() {
        Instant now = clock.instant();
        if (active == null || now.isAfter(readAt.plus(REFRESH))) {
            Document pointer = mongo.findById("facts", Document.class, POINTER);
            active = pointer == null ? ComplaintFactDocument.COLLECTION : pointer.getString("collection");
            readAt = now;
        }
        return active;
    }

    /** A new, empty collection name for a rebuild. */
    public String fresh() {
        return ComplaintFactDocument.COLLECTION + "_g" + clock.millis();
    }

    /** Makes {@code collection} the active generation, for reads and for the live projection. */
    public void switchTo(String collection) {
        mongo.upsert(new Query(Criteria.where("_id").is("facts")), new Update().set("collection", collection),
                POINTER);
        active = collection;
        readAt = clock.instant();
    }

    /** Removes a generation nobody reads any more, with the read models derived from it. */
    public void drop(String collection) {
        if (!collection.equals(active())) {
            dropWithDerived(mongo, collection);
        }
    }

    /** Drops a generation of facts and the cube and repeat chains kept beside it. */
    public static void dropWithDerived(MongoOperations mongo, String collection) {
        dropIfExists(mongo, collection);
        dropIfExists(mongo, cubeOf(collection));
        dropIfExists(mongo, repeatsOf(collection));
    }

    /**
     * Drops a collection that exists: the embedded store answers a drop of a missing one with an error it logs
     * as ERROR, which an operator would read as a fault at every first start.
     */
    public static void dropIfExists(MongoOperations mongo, String collection) {
        if (mongo.collectionExists(collection)) {
            mongo.dropCollection(collection);
        }
    }

    /** The cube of complaint counts kept beside a generation of facts. */
    public static String cubeOf(String facts) {
        return facts + "_cube";
    }

    /** The repeat chains kept beside a generation of facts. */
    public static String repeatsOf(String facts) {
        return facts + "_repeats";
    }
}
