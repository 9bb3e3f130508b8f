package nl.klachtroute.events.findings;

import java.time.LocalDate;

/**
 * The teammanager's deadline for the report passed before submission.
 *
 * @param reportId reportId
 * @param dueOn dueOn
 * @param teammanagerId staff id
 */
public record FindingsReportDeadlineMissed(
        String reportId,
        LocalDate dueOn,
        String teammanagerId) implements FindingsEvent {}
