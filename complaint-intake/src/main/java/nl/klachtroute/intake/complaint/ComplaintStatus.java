package nl.klachtroute.intake.complaint;

/**
 * Where a complaint stands in the route (DOMAIN.md, "The route"). The walking skeleton moves only
 * REGISTERED -> AWAITING_FINDINGS_REPORT; the other states are listed so the lifecycle is visible in
 * one place and issue 3 fills in the transitions.
 */
public enum ComplaintStatus {
    /** Geregistreerd: received and recorded, formal or not (Awb 9:4). */
    REGISTERED,
    /** Ontvangstbevestiging verstuurd (Awb 9:6). */
    ACKNOWLEDGED,
    /** One fixed klachtbehandelaar assigned (Awb 9:7). */
    HANDLER_ASSIGNED,
    /** The citizen was contacted (within 5 working days, Amsterdam practice). */
    CONTACTED,
    /** The handler investigates (standard route) or prepares the request for a report. */
    IN_INVESTIGATION,
    /** Route bejegening: waiting for the teammanager's Rapport van Bevindingen. */
    AWAITING_FINDINGS_REPORT,
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

    /** Whether the route has ended; only an explicit, recorded reopening leaves these. */
    public boolean isEnded() {
        return this == CLOSED || this == RESOLVED_INFORMALLY || this == NOT_HANDLED || this == WITHDRAWN
                || this == REFERRED_TO_OMBUDSMAN;
    }
}
