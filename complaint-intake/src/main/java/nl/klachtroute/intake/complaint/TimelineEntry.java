package nl.klachtroute.intake.complaint;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened to a complaint: the history the handler reads. Holds no personal data of the
 * citizen: the kind, when, the staff id of who did it (staff ids are not the citizen's data) and a short
 * structured detail such as a handler id, a ground or a date; never free text of the case file.
 *
 * @param kind   what happened
 * @param at     when, UTC
 * @param by     staff id of who did or caused it, null for the system (the deadline scan)
 * @param detail short structured detail, or null
 */
public record TimelineEntry(Kind kind, Instant at, String by, String detail) {

    public enum Kind {
        REGISTERED,
        MISSING_DETAILS_REQUESTED,
        MISSING_DETAILS_SUPPLIED,
        ACKNOWLEDGED,
        HANDLER_ASSIGNED,
        CITIZEN_CONTACTED,
        STANDARD_ROUTE_STARTED,
        BEJEGENING_ROUTE_STARTED,
        EMPLOYEE_INFORMED,
        FINDINGS_REPORT_REQUESTED,
        FINDINGS_REPORT_OPENED,
        FINDINGS_REPORT_ASSIGNED,
        HEARING_HELD,
        FINDINGS_REPORT_SUBMITTED,
        FINDINGS_REPORT_RETURNED,
        FINDINGS_REPORT_ACCEPTED,
        FINDINGS_REPORT_SHARED,
        HEARING_WAIVED,
        HANDLING_POSTPONED,
        CLOSED,
        RESOLVED_INFORMALLY,
        NOT_HANDLED,
        WITHDRAWN,
        REFERRED_TO_OMBUDSMAN,
        REOPENED,
        DEADLINE_APPROACHING,
        DEADLINE_MISSED,
        /** notification-service sent a letter or e-mail about the complaint (template, version, channel, recipient) */
        MESSAGE_SENT,
        /**
         * the citizen answered the satisfaction check after the outcome (detail: the scores, the wish and an
         * opt-out of further contact, and the feedback id; never the comment)
         */
        CITIZEN_FEEDBACK,
        /**
         * the citizen who opted out in their feedback asked to hear about the complaint again (detail: the day, how
         * they asked, and the feedback id of the opt-out)
         */
        CONTACT_RESUMED,
        /** the retention period passed: personal data and free text erased (detail: the day the route ended) */
        ANONYMISED
    }

    public TimelineEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }

    public TimelineEntry(Kind kind, Instant at, String by) {
        this(kind, at, by, null);
    }
}
