package nl.klachtroute.intake.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import nl.klachtroute.events.Judgement;

/**
 * The outcome of a complaint handled to the end (Awb 9:12): the judgement with findings, conclusions and
 * improvement actions, as the outcome letter states them. The texts stay in this service.
 *
 * @param closedOn           the day of the outcome letter
 * @param judgement          gegrond, deels gegrond, ongegrond or geen oordeel
 * @param findings           what the investigation found
 * @param conclusions        what the municipality concludes
 * @param improvementActions what will be improved, possibly nothing
 * @param closedBy           staff id of the handler
 */
public record Closure(LocalDate closedOn, Judgement judgement, String findings, String conclusions,
        List<String> improvementActions, String closedBy) {

    public Closure {
        Objects.requireNonNull(closedOn, "closedOn");
        Objects.requireNonNull(judgement, "judgement");
        improvementActions = improvementActions == null ? List.of() : List.copyOf(improvementActions);
    }

    @Override
    public String toString() {
        return "Closure[" + closedOn + ", " + judgement + ", " + improvementActions.size() + " improvement actions]";
    }
}
