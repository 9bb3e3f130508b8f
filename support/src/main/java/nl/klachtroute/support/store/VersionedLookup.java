package nl.klachtroute.support.store;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;

/**
 * A unique index on {@code _id} and the version field of a collection whose documents are saved with
 * optimistic locking. A versioned save updates "this id at this version"; MongoDB finds that by the
 * {@code _id} index anyway, but the embedded store (mongo-java-server) uses an index only when the query
 * names exactly its fields, and otherwise reads every document of the collection while holding its lock.
 * With this index every save of a complaint, task, message, report or fact is a lookup, not a scan. On
 * MongoDB it is a small, redundant index.
 */
public final class VersionedLookup {

    public static final String INDEX = "versioned_lookup";

    private VersionedLookup() {
    }

    public static void ensure(MongoOperations mongo, String collection, String versionField) {
        mongo.indexOps(collection).createIndex(new Index().on("_id", Sort.Direction.ASC)
                .on(versionField, Sort.Direction.ASC).unique().named(INDEX));
    }
}
