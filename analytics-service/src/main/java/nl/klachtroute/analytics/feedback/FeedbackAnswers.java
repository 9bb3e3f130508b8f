package nl.klachtroute.analytics.feedback;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Where the citizens' answers are kept (port; the Mongo adapter lives in {@code feedback.persistence}). Outside the
 * generations of the complaint facts: a rebuild of the facts neither drops nor repeats an answer.
 */
public interface FeedbackAnswers {

    /** Keeps the answer under its feedback id; the same answer again (a redelivery, a replay) changes nothing. */
    void store(FeedbackAnswer answer);

    /** @return the answers given in the period, both ends inclusive, null for unbounded */
    List<FeedbackAnswer> answeredBetween(LocalDate from, LocalDate to);

    /** @return every answer about these complaints, whenever given */
    List<FeedbackAnswer> ofComplaints(Collection<String> complaintIds);
}
