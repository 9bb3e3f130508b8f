package nl.klachtroute.intake.complaint;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened to a complaint, for the handler's overview. Holds no personal data: the kind,
 * when, and the staff id of who did it (staff ids are not personal data of the citizen).
 *
 * @param kind what happened
 * @param at   when, UTC
 * @param by   staff id of who did or caused it, null for the system
 */
public record TimelineEntry(Kind kind, Instant at, String by) {

    public enum Kind {
        REGISTERED,
        BEJEGENING_ROUTE_STARTED,
        FINDINGS_REPORT_REQUESTED,
        FINDINGS_REPORT_OPENED
    }

    public TimelineEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }
}
