package nl.klachtroute.events.findings;

import java.time.LocalDate;

/**
 * The teammanager submitted the report to SIS.
 *
 * @param reportId reportId
 * @param submittedOn submittedOn
 */
public record FindingsReportSubmitted(
        String reportId,
        LocalDate submittedOn) implements FindingsEvent {}
