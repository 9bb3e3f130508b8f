package nl.klachtroute.events.findings;

import java.time.LocalDate;

/**
 * The report was shared with the employee concerned.
 *
 * @param reportId reportId
 * @param sharedOn sharedOn
 */
public record FindingsReportShared(
        String reportId,
        LocalDate sharedOn) implements FindingsEvent {}
