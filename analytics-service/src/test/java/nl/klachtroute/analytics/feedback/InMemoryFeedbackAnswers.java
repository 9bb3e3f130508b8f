package nl.klachtroute.analytics.feedback;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Answers in a map by feedback id, as the store keeps them, for tests without a store. */
public final class InMemoryFeedbackAnswers implements FeedbackAnswers {

    private final Map<String, FeedbackAnswer> stored = new LinkedHashMap<>();

    @Override
    public void store(FeedbackAnswer answer) {
        stored.put(answer.feedbackId(), answer);
    }

    @Override
    public List<FeedbackAnswer> answeredBetween(LocalDate from, LocalDate to) {
        return stored.values().stream().filter(a -> (from == null || !a.answeredOn().isBefore(from))
                && (to == null || !a.answeredOn().isAfter(to))).toList();
    }

    @Override
    public List<FeedbackAnswer> ofComplaints(Collection<String> complaintIds) {
        return stored.values().stream().filter(a -> complaintIds.contains(a.complaintId())).toList();
    }
}
