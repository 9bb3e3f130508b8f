package nl.klachtroute.events.complaint;


/**
 * The complaint takes the route bejegening (conduct).
 *
 * @param department department
 * @param team team
 */
public record BejegeningRouteStarted(
        String department,
        String team) implements ComplaintEvent {}
