package nl.klachtroute.findings.audit.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import nl.klachtroute.findings.audit.AccessAction;
import nl.klachtroute.findings.audit.AccessContext;
import nl.klachtroute.findings.audit.AccessLog;
import nl.klachtroute.findings.audit.AccessLogEntry;
import nl.klachtroute.findings.audit.HashChain;

/**
 * The access trail in the collection {@value #COLLECTION}. Only inserts: no update or delete exists
 * here or in any API.
 * <p>
 * Order under concurrency: each report's chain is single-writer per position. An append reads the
 * tail, computes entry n+1 and inserts it under the unique id (report, n+1). A concurrent append of
 * the same position gets a duplicate key and starts over from the new tail, so the chain never forks
 * and has no gaps, on any number of instances, without transactions.
 */
@Component
class MongoAccessLog implements AccessLog, SmartInitializingSingleton {

    static final String COLLECTION = "report_access_log";
    /** Many simultaneous reads of one report are rare; this bounds the pathological case. */
    private static final int MAX_ATTEMPTS = 100;

    private final MongoOperations mongo;
    private final Clock clock;

    MongoAccessLog(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("reportId", Sort.Direction.ASC)
                .on("seq", Sort.Direction.ASC).unique().named("report_seq"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("actor", Sort.Direction.ASC)
                .on("at", Sort.Direction.ASC).named("actor_at"));
    }

    @Override
    public AccessLogEntry append(String reportId, String actor, String role, AccessAction action, String detail,
            AccessContext context) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            AccessLogEntry entry = HashChain.next(tail(reportId), reportId, actor, role, clock.instant(), action,
                    detail, context);
            try {
                mongo.insert(AccessLogDocument.of(entry), COLLECTION);
                return entry;
            } catch (DuplicateKeyException lostTheRace) {
                // Someone appended this position first: continue from the new tail.
            }
        }
        throw new IllegalStateException("Could not append to the access trail of " + reportId);
    }

    private AccessLogEntry tail(String reportId) {
        Query last = new Query(where("reportId").is(reportId)).with(Sort.by(Sort.Direction.DESC, "seq")).limit(1);
        AccessLogDocument document = mongo.findOne(last, AccessLogDocument.class, COLLECTION);
        return document == null ? null : document.toEntry();
    }

    @Override
    public List<AccessLogEntry> entriesOf(String reportId) {
        Query query = new Query(where("reportId").is(reportId)).with(Sort.by(Sort.Direction.ASC, "seq"));
        return mongo.find(query, AccessLogDocument.class, COLLECTION).stream().map(AccessLogDocument::toEntry)
                .toList();
    }

    @Override
    public List<AccessLogEntry> entriesBy(String actor) {
        Query query = new Query(where("actor").is(actor)).with(Sort.by(Sort.Direction.ASC, "at", "reportId", "seq"));
        return mongo.find(query, AccessLogDocument.class, COLLECTION).stream().map(AccessLogDocument::toEntry)
                .toList();
    }
}
