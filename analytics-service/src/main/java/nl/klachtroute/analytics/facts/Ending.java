package nl.klachtroute.analytics.facts;

import java.time.LocalDate;

import nl.klachtroute.events.HearingWaiverGround;
import nl.klachtroute.events.Judgement;
import nl.klachtroute.events.NotHandlingGround;
import nl.klachtroute.events.complaint.ComplaintClosed;

/**
 * How the complaint ended (afhandeling). The annual Awb 9:12a publication counts every kind, not only
 * closures with a judgement. Fields that do not apply to a kind are null.
 *
 * @param endedOn                the day of closure, informal resolution, not-handling decision or withdrawal
 * @param judgement              oordeel, for {@link Kind#CLOSED}
 * @param withinHandlingDeadline for {@link Kind#CLOSED}, as judged by complaint-intake
 * @param hearingHeld            for {@link Kind#CLOSED}
 * @param hearingWaiverGround    for {@link Kind#CLOSED} without a hearing
 * @param improvementActions     for {@link Kind#CLOSED}
 * @param notHandlingGround      for {@link Kind#NOT_HANDLED}
 */
public record Ending(
        Kind kind,
        LocalDate endedOn,
        Judgement judgement,
        Boolean withinHandlingDeadline,
        Boolean hearingHeld,
        HearingWaiverGround hearingWaiverGround,
        Integer improvementActions,
        NotHandlingGround notHandlingGround) {

    public enum Kind {
        /** closed with a judgement (Awb 9:12) */
        CLOSED,
        /** resolved to the citizen's satisfaction (Awb 9:5) */
        RESOLVED_INFORMALLY,
        /** not handled on a ground of Awb 9:8 */
        NOT_HANDLED,
        WITHDRAWN
    }

    static Ending closed(ComplaintClosed closed) {
        return new Ending(Kind.CLOSED, closed.closedOn(), closed.judgement(), closed.withinHandlingDeadline(),
                closed.hearingHeld(), closed.waiverGround(), closed.improvementActions(), null);
    }

    static Ending resolvedInformally(LocalDate on) {
        return new Ending(Kind.RESOLVED_INFORMALLY, on, null, null, null, null, null, null);
    }

    static Ending notHandled(NotHandlingGround ground, LocalDate on) {
        return new Ending(Kind.NOT_HANDLED, on, null, null, null, null, null, ground);
    }

    static Ending withdrawn(LocalDate on) {
        return new Ending(Kind.WITHDRAWN, on, null, null, null, null, null, null);
    }
}
