package nl.klachtroute.analytics.feedback;

import java.time.LocalDate;
import java.util.Objects;

import nl.klachtroute.events.FeedbackReading;
import nl.klachtroute.events.notification.CitizenFeedbackGiven;

/**
 * A citizen's answer to the satisfaction check after a closure (tevredenheidsvraag), as analytics keeps it: the
 * scores and choices of {@link CitizenFeedbackGiven} and the complaint they are about. There is no comment on the
 * topic, so none here, and nothing that names or pseudonymises a person.
 *
 * @param complaintId the complaint whose closure was answered (the record key of the event)
 * @param given       the answer as published by notification-service
 */
public record FeedbackAnswer(String complaintId, CitizenFeedbackGiven given) {

    public FeedbackAnswer {
        if (complaintId == null || complaintId.isBlank()) {
            throw new IllegalArgumentException("An answer belongs to a complaint");
        }
        Objects.requireNonNull(given, "given");
        if (given.feedbackId() == null || given.answeredOn() == null) {
            throw new IllegalArgumentException("An answer needs its feedback id and the day it was given");
        }
    }

    /** One per closure: the key that makes storing the same answer twice change nothing. */
    public String feedbackId() {
        return given.feedbackId();
    }

    public LocalDate answeredOn() {
        return given.answeredOn();
    }

    /** As the whole route reads it ({@link FeedbackReading#unhappy}), so every service counts the same answers. */
    public boolean unhappy() {
        return FeedbackReading.unhappy(given);
    }
}
