package nl.klachtroute.intake.complaint.web;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.klachtroute.intake.complaint.TimelineEntry;

/**
 * One line of a complaint's history: what happened, when, by whom (staff id; absent for the system's
 * deadline scan) and a short structured detail.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryEntry(String type, Instant at, String by, String detail) {

    static HistoryEntry of(TimelineEntry entry) {
        return new HistoryEntry(entry.kind().name(), entry.at(), entry.by(), entry.detail());
    }
}
