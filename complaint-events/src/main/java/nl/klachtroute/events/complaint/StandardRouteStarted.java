package nl.klachtroute.events.complaint;


/**
 * The handler investigates the complaint and hears the parties (standard route).
 *
 * @param department department
 * @param team team
 */
public record StandardRouteStarted(
        String department,
        String team) implements ComplaintEvent {}
