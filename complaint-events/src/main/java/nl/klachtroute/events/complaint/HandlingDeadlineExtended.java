package nl.klachtroute.events.complaint;

import java.time.LocalDate;

/**
 * The handling term was postponed (Awb 9:11).
 *
 * @param previousDeadline previousDeadline
 * @param newDeadline newDeadline
 * @param weeks weeks
 * @param withCitizenConsent further delay beyond the one postponement
 */
public record HandlingDeadlineExtended(
        LocalDate previousDeadline,
        LocalDate newDeadline,
        int weeks,
        boolean withCitizenConsent) implements ComplaintEvent {}
