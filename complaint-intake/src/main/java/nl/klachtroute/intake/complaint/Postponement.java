package nl.klachtroute.intake.complaint;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A longer handling term (Awb 9:11 lid 2). The first is the one statutory postponement of at most 4
 * weeks, with written notice to the citizen and the employee concerned; any later one rests on the
 * citizen's written consent.
 *
 * @param weeks              how many weeks this one adds
 * @param previousDeadline   the handling deadline before
 * @param newDeadline        the handling deadline after
 * @param citizenNotifiedOn  day of the written notice to the citizen
 * @param employeeNotifiedOn day of the written notice to the employee concerned, if there is one
 * @param citizenConsentOn   day of the citizen's written consent (further delay only)
 * @param decidedBy          staff id of the handler
 */
public record Postponement(int weeks, LocalDate previousDeadline, LocalDate newDeadline, LocalDate citizenNotifiedOn,
        LocalDate employeeNotifiedOn, LocalDate citizenConsentOn, String decidedBy) {

    public Postponement {
        Objects.requireNonNull(previousDeadline, "previousDeadline");
        Objects.requireNonNull(newDeadline, "newDeadline");
    }

    public boolean withCitizenConsent() {
        return citizenConsentOn != null;
    }
}
