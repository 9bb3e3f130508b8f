package nl.klachtroute.findings.report;

import java.util.Optional;

/**
 * Where a Rapport van Bevindingen is in its life. The transition table lives here, in one place:
 * {@link #after(ReportCommand)} says which state a command leads to, or that it is not allowed.
 */
public enum ReportStatus {
    /** Opened for the teammanager; nobody has been heard yet. */
    DRAFT,
    /** At least one hearing (hoorgesprek) has a written record. */
    HEARINGS_RECORDED,
    /** The teammanager handed it to SIS for critical analysis. */
    SUBMITTED,
    /** SIS sent it back with remarks; the teammanager works on it and submits again. */
    RETURNED,
    /** SIS accepted it after critical analysis (four-eyes: not by its author). */
    ACCEPTED,
    /** Shared with the employee concerned, who may now read it. Final. */
    SHARED;

    /** @return the state after the command, or empty when the command is not allowed in this state */
    public Optional<ReportStatus> after(ReportCommand command) {
        ReportStatus next = switch (this) {
            case DRAFT -> switch (command) {
                case RECORD_HEARING -> HEARINGS_RECORDED;
                case WRITE_FINDINGS, REASSIGN -> DRAFT;
                default -> null;
            };
            case HEARINGS_RECORDED -> switch (command) {
                case RECORD_HEARING, WRITE_FINDINGS, REASSIGN -> HEARINGS_RECORDED;
                case SUBMIT -> SUBMITTED;
                default -> null;
            };
            // Reassignable while SIS analyses it: a return then goes to whoever took over.
            case SUBMITTED -> switch (command) {
                case ACCEPT -> ACCEPTED;
                case RETURN -> RETURNED;
                case REASSIGN -> SUBMITTED;
                default -> null;
            };
            // Stays RETURNED until resubmitted, so everyone sees it is in a second round.
            case RETURNED -> switch (command) {
                case RECORD_HEARING, WRITE_FINDINGS, REASSIGN -> RETURNED;
                case SUBMIT -> SUBMITTED;
                default -> null;
            };
            case ACCEPTED -> command == ReportCommand.SHARE ? SHARED : null;
            case SHARED -> null;
        };
        return Optional.ofNullable(next);
    }

    /**
     * Whether the teammanager's deadline still runs: it is met by the first submission, so a returned
     * report (already submitted once) has none.
     */
    public boolean awaitsFirstSubmission() {
        return this == DRAFT || this == HEARINGS_RECORDED;
    }
}
