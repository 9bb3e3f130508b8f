package nl.klachtroute.notification.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.klachtroute.events.EventEnvelope;

/** Feedback invitations in memory, with the events their answers published, for tests of the model and letters. */
public class InMemoryFeedbackInvitations implements FeedbackInvitations {

    private final Map<String, FeedbackInvitation> stored = new ConcurrentHashMap<>();
    private final List<EventEnvelope> published = new ArrayList<>();

    @Override
    public boolean add(FeedbackInvitation invitation) {
        return stored.putIfAbsent(invitation.id(), withVersion(invitation, 0L)) == null;
    }

    @Override
    public Optional<FeedbackInvitation> find(String id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public synchronized boolean answer(FeedbackInvitation answered, List<EventEnvelope> events) {
        FeedbackInvitation current = stored.get(answered.id());
        if (current == null || current.answered() || !current.version().equals(answered.version())) {
            return false;
        }
        stored.put(answered.id(), withVersion(answered, answered.version() + 1));
        published.addAll(events);
        return true;
    }

    @Override
    public Optional<FeedbackInvitation> answered(String complaintId, String feedbackId) {
        return stored.values().stream().filter(i -> i.answered() && i.complaintId().equals(complaintId)
                && i.feedbackId().equals(feedbackId)).findFirst();
    }

    @Override
    public synchronized long eraseComments(String complaintId, String placeholder) {
        long erased = 0;
        for (FeedbackInvitation i : List.copyOf(stored.values())) {
            FeedbackAnswer a = i.answer();
            if (i.complaintId().equals(complaintId) && a != null && a.comment() != null
                    && !a.comment().equals(placeholder)) {
                FeedbackAnswer without = new FeedbackAnswer(a.satisfaction(), a.respect(), a.trust(), placeholder,
                        a.wish(), a.noFurtherContact());
                stored.put(i.id(), new FeedbackInvitation(i.id(), i.complaintId(), i.causationId(), i.correlationId(),
                        i.invitedAt(), i.expiresAt(), without, i.answeredAt(), i.version() + 1));
                erased++;
            }
        }
        return erased;
    }

    public List<EventEnvelope> published() {
        return published;
    }

    public List<FeedbackInvitation> all() {
        return List.copyOf(stored.values());
    }

    private static FeedbackInvitation withVersion(FeedbackInvitation i, Long version) {
        return new FeedbackInvitation(i.id(), i.complaintId(), i.causationId(), i.correlationId(), i.invitedAt(),
                i.expiresAt(), i.answer(), i.answeredAt(), version);
    }
}
