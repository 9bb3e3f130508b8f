package nl.klachtroute.events.findings;

import java.time.LocalDate;

/**
 * A draft Rapport van Bevindingen was opened for the teammanager of the team.
 *
 * @param reportId reportId
 * @param department department
 * @param team team
 * @param teammanagerId staff id of the teammanager
 * @param dueOn dueOn
 */
public record FindingsReportOpened(
        String reportId,
        String department,
        String team,
        String teammanagerId,
        LocalDate dueOn) implements FindingsEvent {}
