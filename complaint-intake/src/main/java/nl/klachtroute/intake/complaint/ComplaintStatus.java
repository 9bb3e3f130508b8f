package nl.klachtroute.intake.complaint;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a complaint stands in the route (DOMAIN.md, "The route"). The transitions live in {@link Complaint};
 * the README has the diagram.
 */
public enum ComplaintStatus {
    /** Geregistreerd: received and recorded, formal or not (Awb 9:4). */
    REGISTERED,
    /** Ontvangstbevestiging verstuurd (Awb 9:6); nothing moves on before this. */
    ACKNOWLEDGED,
    /** One fixed klachtbehandelaar assigned (Awb 9:7). */
    HANDLER_ASSIGNED,
    /** The citizen was contacted (within 5 working days, Amsterdam practice). */
    CONTACTED,
    /** Routed: the handler investigates (standard route) or prepares the request for a report (bejegening). */
    IN_INVESTIGATION,
    /** Route bejegening: the teammanager writes the Rapport van Bevindingen (also after SIS returned it). */
    AWAITING_FINDINGS_REPORT,
    /** Route bejegening: the report was submitted; SIS analyses it critically (four-eyes). */
    FINDINGS_REPORT_SUBMITTED,
    /** Route bejegening: SIS accepted the report; the handler may close the complaint. */
    FINDINGS_REPORT_ACCEPTED,
    /** Afgehandeld with a judgement and an outcome letter (Awb 9:12). */
    CLOSED,
    /** Naar tevredenheid afgehandeld (Awb 9:5). */
    RESOLVED_INFORMALLY,
    /** Niet in behandeling genomen on a ground of Awb 9:8. */
    NOT_HANDLED,
    /** Ingetrokken by the citizen. */
    WITHDRAWN,
    /** Doorverwezen naar de Ombudsman Metropool Amsterdam. */
    REFERRED_TO_OMBUDSMAN;

    /** Every state in which the route is still running. */
    public static final Set<ComplaintStatus> OPEN = EnumSet.of(REGISTERED, ACKNOWLEDGED, HANDLER_ASSIGNED, CONTACTED,
            IN_INVESTIGATION, AWAITING_FINDINGS_REPORT, FINDINGS_REPORT_SUBMITTED, FINDINGS_REPORT_ACCEPTED);

    /** Whether the route has ended; only an explicit, recorded reopening leaves these. */
    public boolean isEnded() {
        return !OPEN.contains(this);
    }
}
