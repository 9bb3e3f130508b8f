package nl.klachtroute.notification.feedback;

import java.util.List;
import java.util.Optional;

import nl.klachtroute.events.EventEnvelope;

/** Stored feedback invitations (port; the Mongo adapter lives in {@code feedback.persistence}). */
public interface FeedbackInvitations {

    /** @return false when an invitation with this id exists already (a redelivered closure) */
    boolean add(FeedbackInvitation invitation);

    Optional<FeedbackInvitation> find(String id);

    /**
     * Stores the answered invitation with its events for the outbox, if nobody answered it since it was read.
     *
     * @return false when it changed since it was read (a second answer at the same moment)
     */
    boolean answer(FeedbackInvitation answered, List<EventEnvelope> events);

    /** The answered invitation of the complaint that carries this feedback id, if any. */
    Optional<FeedbackInvitation> answered(String complaintId, String feedbackId);

    /**
     * Replaces the citizen's comments on the complaint's answers by {@code placeholder} (retention period over).
     *
     * @return how many answers had a comment to erase
     */
    long eraseComments(String complaintId, String placeholder);
}
