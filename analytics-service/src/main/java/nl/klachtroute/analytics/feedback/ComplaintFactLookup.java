package nl.klachtroute.analytics.feedback;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import nl.klachtroute.analytics.facts.ComplaintFact;

/**
 * The complaint facts the feedback figures need, from the active generation (port; the Mongo adapter lives in
 * {@code feedback.persistence}).
 */
public interface ComplaintFactLookup {

    /** @return the stored facts of these complaints, by complaint id; unknown ids are absent */
    Map<String, ComplaintFact> find(Collection<String> complaintIds);

    /**
     * @return registered complaints whose current ending is a closure ({@code CLOSED}) on a day in the period, both
     *         ends inclusive, null for unbounded
     */
    List<ComplaintFact> closedBetween(LocalDate from, LocalDate to);
}
