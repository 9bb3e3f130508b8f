package nl.klachtroute.notification.feedback.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.notification.feedback.FeedbackAnswer;
import nl.klachtroute.notification.feedback.FeedbackInvitation;
import nl.klachtroute.notification.feedback.FeedbackInvitations;
import nl.klachtroute.support.outbox.PendingEvent;

/** Feedback invitations in MongoDB: state and pending events in one document, written with one atomic save. */
@Component
class MongoFeedbackInvitations implements FeedbackInvitations {

    private final MongoOperations mongo;

    MongoFeedbackInvitations(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean add(FeedbackInvitation invitation) {
        try {
            mongo.insert(toDocument(invitation, List.of()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<FeedbackInvitation> find(String id) {
        return Optional.ofNullable(mongo.findById(id, FeedbackDocument.class)).map(MongoFeedbackInvitations::toInvitation);
    }

    @Override
    public boolean answer(FeedbackInvitation answered, List<EventEnvelope> events) {
        FeedbackDocument stored = mongo.findById(answered.id(), FeedbackDocument.class);
        if (stored == null || stored.answeredAt() != null || !stored.version().equals(answered.version())) {
            return false;
        }
        List<PendingEvent> outbox = new ArrayList<>(stored.outbox() == null ? List.of() : stored.outbox());
        outbox.addAll(PendingEvent.of(events));
        try {
            mongo.save(toDocument(answered, outbox));
            return true;
        } catch (OptimisticLockingFailureException e) {
            return false;
        }
    }

    @Override
    public Optional<FeedbackInvitation> answered(String complaintId, String feedbackId) {
        Query answeredOnes = new Query(where("complaintId").is(complaintId).and("answeredAt").ne(null));
        return mongo.find(answeredOnes, FeedbackDocument.class).stream().map(MongoFeedbackInvitations::toInvitation)
                .filter(invitation -> invitation.feedbackId().equals(feedbackId)).findFirst();
    }

    @Override
    public long eraseComments(String complaintId, String placeholder) {
        // The version moves on, so a concurrent save of an older copy fails instead of bringing the words back.
        Query withWords = new Query(where("complaintId").is(complaintId).and("comment").nin(null, placeholder));
        return mongo.updateMulti(withWords, new Update().set("comment", placeholder).inc("version", 1),
                FeedbackDocument.class).getModifiedCount();
    }

    private static FeedbackDocument toDocument(FeedbackInvitation i, List<PendingEvent> outbox) {
        FeedbackAnswer a = i.answer();
        return new FeedbackDocument(i.id(), i.version(), i.complaintId(), string(i.causationId()),
                string(i.correlationId()), i.invitedAt(), i.expiresAt(), a == null ? null : a.satisfaction(),
                a == null ? null : a.respect(), a == null ? null : a.trust(), a == null ? null : a.comment(),
                a == null ? null : a.wish(), a == null ? null : a.noFurtherContact(), i.answeredAt(), outbox);
    }

    private static FeedbackInvitation toInvitation(FeedbackDocument d) {
        FeedbackAnswer answer = d.answeredAt() == null ? null
                : new FeedbackAnswer(d.satisfaction(), d.respect(), d.trust(), d.comment(), d.wish(),
                        Boolean.TRUE.equals(d.noFurtherContact()));
        return new FeedbackInvitation(d.id(), d.complaintId(), uuid(d.causationId()), uuid(d.correlationId()),
                d.invitedAt(), d.expiresAt(), answer, d.answeredAt(), d.version());
    }

    private static String string(UUID id) {
        return id == null ? null : id.toString();
    }

    private static UUID uuid(String id) {
        return id == null ? null : UUID.fromString(id);
    }
}
