package nl.klachtroute.findings.audit.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.klachtroute.findings.audit.AccessAction;
import nl.klachtroute.findings.audit.AccessLogEntry;

/**
 * An access-trail entry as stored. The id is report id + zero-padded position, so two writers that
 * both try to append position n to the same chain collide on the unique {@code _id}: one wins, the
 * other re-reads the tail and appends n+1.
 */
@Document(MongoAccessLog.COLLECTION)
record AccessLogDocument(@Id String id, String reportId, long seq, String actor, String role, Instant at,
        AccessAction action, String detail, String clientAddress, String requestId, String previousHash,
        String hash) {

    static String idOf(String reportId, long seq) {
        return reportId + ":" + String.format("%012d", seq);
    }

    static AccessLogDocument of(AccessLogEntry e) {
        return new AccessLogDocument(idOf(e.reportId(), e.seq()), e.reportId(), e.seq(), e.actor(), e.role(), e.at(),
                e.action(), e.detail(), e.clientAddress(), e.requestId(), e.previousHash(), e.hash());
    }

    AccessLogEntry toEntry() {
        return new AccessLogEntry(reportId, seq, actor, role, at, action, detail, clientAddress, requestId,
                previousHash, hash);
    }
}
