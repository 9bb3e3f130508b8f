package nl.klachtroute.analytics.facts;

import java.time.LocalDate;

import nl.klachtroute.events.Channel;

/**
 * The handler's first contact with the citizen (the Amsterdam 5-working-day practice).
 *
 * @param withinDeadline as judged by complaint-intake, which owns the working-day calendar
 */
public record Contact(LocalDate contactedOn, Channel channel, boolean withinDeadline) {
}
