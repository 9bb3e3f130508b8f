package nl.klachtroute.analytics.facts;

import java.time.LocalDate;

/**
 * The handling term was postponed (verdaging, Awb 9:11 lid 2).
 *
 * @param newDeadline        the latest handling deadline
 * @param weeks              weeks added by that postponement
 * @param withCitizenConsent a delay beyond the one postponement the law allows
 */
public record Postponement(LocalDate newDeadline, int weeks, boolean withCitizenConsent) {
}
