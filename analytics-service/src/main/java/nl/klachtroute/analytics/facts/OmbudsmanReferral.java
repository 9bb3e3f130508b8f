package nl.klachtroute.analytics.facts;

import java.time.LocalDate;

/** The complaint went to the Ombudsman Metropool Amsterdam (doorverwijzing). */
public record OmbudsmanReferral(LocalDate referredOn, boolean afterMissedDeadline) {
}
