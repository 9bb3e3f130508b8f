package nl.klachtroute.events.complaint;

import java.time.LocalDate;
import nl.klachtroute.events.HearingWaiverGround;
import nl.klachtroute.events.Judgement;

/**
 * The handler closed the complaint with a judgement (Awb 9:12).
 *
 * @param closedOn closedOn
 * @param judgement judgement
 * @param improvementActions number of improvement actions
 * @param hearingHeld hearingHeld
 * @param waiverGround waiverGround (optional)
 * @param withinHandlingDeadline withinHandlingDeadline
 * @param ombudsmanWindowEnd ombudsmanWindowEnd
 */
public record ComplaintClosed(
        LocalDate closedOn,
        Judgement judgement,
        int improvementActions,
        boolean hearingHeld,
        HearingWaiverGround waiverGround,
        boolean withinHandlingDeadline,
        LocalDate ombudsmanWindowEnd) implements ComplaintEvent {}
