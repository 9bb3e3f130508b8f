package nl.klachtroute.intake.complaint;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The complaint went to the Ombudsman Metropool Amsterdam (DOMAIN.md step 11).
 *
 * @param referredOn          the day of the referral
 * @param afterMissedDeadline referred because the complaint was not handled within the handling term
 * @param referredBy          staff id of the handler
 */
public record OmbudsmanReferral(LocalDate referredOn, boolean afterMissedDeadline, String referredBy) {

    public OmbudsmanReferral {
        Objects.requireNonNull(referredOn, "referredOn");
    }
}
