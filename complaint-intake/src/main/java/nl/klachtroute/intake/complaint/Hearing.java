package nl.klachtroute.intake.complaint;

import java.time.LocalDate;
import java.util.Objects;

import nl.klachtroute.events.HearingParty;

/**
 * A hearing (hoorgesprek, Awb 9:10) that took place. In the route bejegening the teammanager holds it and
 * findings-report keeps the written record; in the standard route the handler records it here.
 *
 * @param party      who was heard
 * @param heldOn     the day of the hearing
 * @param source     where the record is kept
 * @param record     the written record (verslag) when kept here; personal data
 * @param recordedBy staff id of who held or recorded it
 */
public record Hearing(HearingParty party, LocalDate heldOn, Source source, String record, String recordedBy) {

    public enum Source {
        /** Recorded in findings-report by the teammanager (route bejegening). */
        FINDINGS_REPORT,
        /** Recorded by the handler in intake (standard route). */
        HANDLER
    }

    public Hearing {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(heldOn, "heldOn");
        Objects.requireNonNull(source, "source");
    }

    @Override
    public String toString() {
        return "Hearing[" + party + ", " + heldOn + ", " + source + ", record redacted]";
    }
}
