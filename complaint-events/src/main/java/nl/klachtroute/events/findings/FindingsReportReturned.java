package nl.klachtroute.events.findings;

import java.time.LocalDate;

/**
 * SIS returned the report with remarks.
 *
 * @param reportId reportId
 * @param returnedOn returnedOn
 */
public record FindingsReportReturned(
        String reportId,
        LocalDate returnedOn) implements FindingsEvent {}
