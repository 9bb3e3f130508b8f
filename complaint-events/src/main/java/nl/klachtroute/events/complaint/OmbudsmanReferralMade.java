package nl.klachtroute.events.complaint;

import java.time.LocalDate;

/**
 * The complaint was referred to the Ombudsman Metropool Amsterdam.
 *
 * @param referredOn referredOn
 * @param afterMissedDeadline afterMissedDeadline
 */
public record OmbudsmanReferralMade(
        LocalDate referredOn,
        boolean afterMissedDeadline) implements ComplaintEvent {}
