package nl.klachtroute.events.findings;

import java.time.LocalDate;

/**
 * SIS accepted the report after critical analysis.
 *
 * @param reportId reportId
 * @param acceptedOn acceptedOn
 */
public record FindingsReportAccepted(
        String reportId,
        LocalDate acceptedOn) implements FindingsEvent {}
