package nl.klachtroute.findings.report;

import java.time.LocalDate;

import nl.klachtroute.events.HearingParty;

/**
 * A hearing (hoorgesprek) and its written record (verslag). The record and the attendees are personal
 * data: they stay in this service and never go on a topic or into a log.
 *
 * @param party       who was heard
 * @param heldOn      when
 * @param companions  how many people the heard person brought (0-2, the clients' council passage)
 * @param attendedBy  who attended, free text; third parties' data, redacted for the employee
 * @param record      the written record
 * @param recordedBy  staff id of the author
 * @param recordedOn  when it was recorded
 * @param requestKey  the client's Idempotency-Key, so a retried request records it once; may be null
 */
public record Hearing(HearingParty party, LocalDate heldOn, int companions, String attendedBy, String record,
        String recordedBy, LocalDate recordedOn, String requestKey) {
}
