package nl.klachtroute.events.findings;

import java.time.LocalDate;

/**
 * The teammanager's deadline for the report is near.
 *
 * @param reportId reportId
 * @param dueOn dueOn
 * @param teammanagerId staff id
 */
public record FindingsReportDeadlineApproaching(
        String reportId,
        LocalDate dueOn,
        String teammanagerId) implements FindingsEvent {}
