package nl.klachtroute.events.complaint;

import java.time.LocalDate;
import nl.klachtroute.events.Channel;

/**
 * The handler spoke with the citizen.
 *
 * @param contactedOn contactedOn
 * @param channel channel
 * @param withinDeadline withinDeadline
 */
public record CitizenContacted(
        LocalDate contactedOn,
        Channel channel,
        boolean withinDeadline) implements ComplaintEvent {}
