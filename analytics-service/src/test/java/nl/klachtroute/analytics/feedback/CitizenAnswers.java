package nl.klachtroute.analytics.feedback;

import java.time.LocalDate;

import nl.klachtroute.events.FeedbackWish;
import nl.klachtroute.events.RespectAnswer;
import nl.klachtroute.events.notification.CitizenFeedbackGiven;

/**
 * Object mother for fictional answers to the satisfaction check:
 * {@code anAnswer("F-1").about("K-1").givenOn(day).satisfaction(2).respect(NO).trust(3).answer()}. By default a
 * content citizen (4, yes, 4) who wants nothing more.
 */
public final class CitizenAnswers {

    private final String feedbackId;
    private String complaintId = "K-1";
    private LocalDate answeredOn = LocalDate.of(2026, 2, 2);
    private int satisfaction = 4;
    private RespectAnswer respect = RespectAnswer.YES;
    private int trust = 4;
    private FeedbackWish wish = FeedbackWish.NONE;

    private CitizenAnswers(String feedbackId) {
        this.feedbackId = feedbackId;
    }

    public static CitizenAnswers anAnswer(String feedbackId) {
        return new CitizenAnswers(feedbackId);
    }

    public CitizenAnswers about(String complaint) {
        this.complaintId = complaint;
        return this;
    }

    public CitizenAnswers givenOn(LocalDate day) {
        this.answeredOn = day;
        return this;
    }

    public CitizenAnswers satisfaction(int score) {
        this.satisfaction = score;
        return this;
    }

    public CitizenAnswers respect(RespectAnswer answer) {
        this.respect = answer;
        return this;
    }

    public CitizenAnswers trust(int score) {
        this.trust = score;
        return this;
    }

    public CitizenAnswers wishing(FeedbackWish value) {
        this.wish = value;
        return this;
    }

    /** The event notification-service publishes. */
    public CitizenFeedbackGiven given() {
        return new CitizenFeedbackGiven(feedbackId, satisfaction, respect, trust, wish, false, false, answeredOn);
    }

    public String complaintId() {
        return complaintId;
    }

    public FeedbackAnswer answer() {
        return new FeedbackAnswer(complaintId, given());
    }
}
