package nl.klachtroute.support.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One small pointer per aggregate that has unsent events (collection {@value #COLLECTION}), so the relay
 * reads the few aggregates with pending events by id instead of searching whole collections for them (a
 * search the embedded store answers by reading every document while it holds the collection's lock).
 * <p>
 * The pointer is written just after the aggregate, through the same template and so in the same
 * transaction where there is one. Not before: the relay could read the pointer, find no document yet and
 * remove the pointer, leaving the events to the next full search. A pointer without pending events (events
 * already sent) is harmless: the relay removes it. Each write gives the pointer a new token, and the relay
 * removes a pointer only with the token it read, so events saved while it was sending are not overlooked.
 * Whatever bypasses the template (a write straight through the driver), or a crash between the two writes,
 * is found by the relay's periodic full search.
 */
public class OutboxPointers implements AfterSaveCallback<Object> {

    public static final String COLLECTION = "outbox_pending";

    private final ObjectProvider<MongoOperations> mongo;
    private final Set<String> collections;

    public OutboxPointers(ObjectProvider<MongoOperations> mongo, List<String> collections) {
        this.mongo = mongo;
        this.collections = Set.copyOf(collections);
    }

    @Override
    public Object onAfterSave(Object entity, Document document, String collection) {
        Object id = document.get("_id");
        if (id != null && collections.contains(collection)
                && document.get(OutboxRelay.OUTBOX_FIELD) instanceof List<?> outbox && !outbox.isEmpty()) {
            mark(mongo.getObject(), collection, id);
        }
        return entity;
    }

    /** Records that the aggregate has events to send. */
    static void mark(MongoOperations mongo, String collection, Object aggregateId) {
        mongo.upsert(new Query(where("_id").is(key(collection, aggregateId))), new Update()
                .set("collection", collection).set("aggregateId", aggregateId)
                .set("token", UUID.randomUUID().toString()), COLLECTION);
    }

    static String key(String collection, Object aggregateId) {
        return collection + ":" + aggregateId;
    }
}
