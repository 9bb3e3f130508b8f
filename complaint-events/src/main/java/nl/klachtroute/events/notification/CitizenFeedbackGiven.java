package nl.klachtroute.events.notification;

import java.time.LocalDate;
import nl.klachtroute.events.FeedbackWish;
import nl.klachtroute.events.RespectAnswer;

/**
 * The citizen answered the satisfaction check after the outcome. Scores only: a comment stays with the handler, never on the topic.
 *
 * @param feedbackId feedbackId
 * @param satisfaction satisfied with how the complaint was handled, 1-5
 * @param respect felt treated with respect
 * @param trust trust in the municipality, 1-5
 * @param wish wish
 * @param noFurtherContact the citizen wants no further contact
 * @param commented left a comment (kept by notification-service)
 * @param answeredOn answeredOn
 */
public record CitizenFeedbackGiven(
        String feedbackId,
        int satisfaction,
        RespectAnswer respect,
        int trust,
        FeedbackWish wish,
        boolean noFurtherContact,
        boolean commented,
        LocalDate answeredOn) implements NotificationEvent {}
