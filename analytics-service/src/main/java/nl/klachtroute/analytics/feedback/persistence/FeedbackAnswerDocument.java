package nl.klachtroute.analytics.feedback.persistence;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.klachtroute.analytics.feedback.FeedbackAnswer;
import nl.klachtroute.events.FeedbackWish;
import nl.klachtroute.events.RespectAnswer;
import nl.klachtroute.events.notification.CitizenFeedbackGiven;

/**
 * An answer as stored: one document per answer, {@code _id} = feedback id, so a redelivered or replayed answer
 * replaces itself with the same values. Scores, choices and dates only; the event carries no comment.
 */
@Document(FeedbackAnswerDocument.COLLECTION)
record FeedbackAnswerDocument(
        @Id String id,
        String complaintId,
        int satisfaction,
        RespectAnswer respect,
        int trust,
        FeedbackWish wish,
        boolean noFurtherContact,
        boolean commented,
        LocalDate answeredOn) {

    static final String COLLECTION = "citizen_feedback";
    static final String COMPLAINT_ID = "complaintId";
    static final String ANSWERED_ON = "answeredOn";

    static FeedbackAnswerDocument of(FeedbackAnswer answer) {
        CitizenFeedbackGiven given = answer.given();
        return new FeedbackAnswerDocument(given.feedbackId(), answer.complaintId(), given.satisfaction(),
                given.respect(), given.trust(), given.wish(), given.noFurtherContact(), given.commented(),
                given.answeredOn());
    }

    FeedbackAnswer toAnswer() {
        return new FeedbackAnswer(complaintId, new CitizenFeedbackGiven(id, satisfaction, respect, trust, wish,
                noFurtherContact, commented, answeredOn));
    }
}
