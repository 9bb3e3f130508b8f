package nl.klachtroute.events.complaint;

import java.time.LocalDate;

/**
 * Resolved to the citizen's satisfaction (Awb 9:5).
 *
 * @param resolvedOn resolvedOn
 */
public record ComplaintResolvedInformally(
        LocalDate resolvedOn) implements ComplaintEvent {}
