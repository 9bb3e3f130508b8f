package nl.klachtroute.findings.report.application;

import java.time.LocalDate;

import nl.klachtroute.events.HearingParty;

/** A hearing as the teammanager reports it; the application adds who recorded it and when. */
public record NewHearing(HearingParty party, LocalDate heldOn, int companions, String attendedBy, String record,
        String requestKey) {
}
