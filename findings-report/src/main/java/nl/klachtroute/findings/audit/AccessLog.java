package nl.klachtroute.findings.audit;

import java.util.List;

/**
 * The append-only access trail of the reports (seed 002: "who has been able to read it?" must always
 * have an answer). There is deliberately no way to change or remove an entry.
 */
public interface AccessLog {

    /** Appends an entry to the report's chain; fails rather than skip, so no read goes unrecorded. */
    AccessLogEntry append(String reportId, String actor, String role, AccessAction action, String detail,
            AccessContext context);

    /** Who has seen or changed the report, oldest first. */
    List<AccessLogEntry> entriesOf(String reportId);

    /** What this member of staff has seen or changed, oldest first. */
    List<AccessLogEntry> entriesBy(String actor);

    default ChainVerification verify(String reportId) {
        return HashChain.verify(reportId, entriesOf(reportId));
    }
}
