package nl.klachtroute.events.findings;


/**
 * The report was (re)assigned to a teammanager.
 *
 * @param reportId reportId
 * @param teammanagerId teammanagerId
 * @param previousTeammanagerId previousTeammanagerId (optional)
 */
public record FindingsReportAssigned(
        String reportId,
        String teammanagerId,
        String previousTeammanagerId) implements FindingsEvent {}
