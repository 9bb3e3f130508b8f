package nl.klachtroute.support.deadletter;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;


/**
 * Collection {@value #COLLECTION}: one document per decision (append-only), the latest decision per letter
 * counting. Kept in the store, not in a log, so the trail outlives the process and can be queried.
 */
class MongoDeadLetterDecisions implements DeadLetterDecisions {

    static final String COLLECTION = "dead_letter_decisions";
    private final MongoOperations mongo;

    MongoDeadLetterDecisions(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public synchronized boolean record(Decision decision) {
        if (find(decision.topic(), decision.partition(), decision.offset())
                .filter(d -> d.action() == Action.DISCARDED).isPresent()) {
            return false;
        }
        mongo.insert(new Document("topic", decision.topic()).append("partition", decision.partition())
                .append("offset", decision.offset()).append("action", decision.action().name())
                .append("reason", decision.reason()).append("by", decision.by()).append("at", Date.from(decision.at())),
                COLLECTION);
        return true;
    }

    @Override
    public Optional<Decision> find(String topic, int partition, long offset) {
        Query query = new Query(Criteria.where("topic").is(topic).and("partition").is(partition).and("offset")
                .is(offset)).with(Sort.by(Sort.Direction.DESC, "at")).limit(1);
        return mongo.find(query, Document.class, COLLECTION).stream().findFirst().map(MongoDeadLetterDecisions::decision);
    }

    @Override
    public Map<String, Decision> forTopic(String topic) {
        Map<String, Decision> latest = new LinkedHashMap<>();
        mongo.find(new Query(Criteria.where("topic").is(topic)).with(Sort.by(Sort.Direction.ASC, "at")), Document.class,
                COLLECTION).stream().map(MongoDeadLetterDecisions::decision).forEach(d -> latest.put(d.position(), d));
        return latest;
    }

    private static Decision decision(Document d) {
        return new Decision(d.getString("topic"), d.getInteger("partition"), ((Number) d.get("offset")).longValue(),
                Action.valueOf(d.getString("action")), d.getString("reason"), d.getString("by"),
                d.getDate("at").toInstant());
    }
}
