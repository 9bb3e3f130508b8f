package nl.klachtroute.events;

import nl.klachtroute.events.notification.CitizenFeedbackGiven;

/**
 * How the route reads a citizen's answer to the satisfaction check, in one place for every service: the handler's
 * follow-up task (notification-service) and the share of unhappy answers that led to a reopen or a referral
 * (analytics-service) must count the same answers.
 */
public final class FeedbackReading {

    /** Satisfaction at or below this score (of 5) is an unhappy answer. */
    public static final int UNHAPPY_AT_MOST = 2;

    private FeedbackReading() {
    }

    /** Not satisfied with the handling (1 or 2 of 5), or not treated with respect. */
    public static boolean unhappy(CitizenFeedbackGiven answer) {
        return answer.satisfaction() <= UNHAPPY_AT_MOST || answer.respect() == RespectAnswer.NO;
    }

    /**
     * The handler should look at it: an unhappy answer or a request to talk again. A request for the ombudsman
     * goes straight to the referral instead (complaint-intake records it).
     */
    public static boolean needsFollowUp(CitizenFeedbackGiven answer) {
        return answer.wish() != FeedbackWish.OMBUDSMAN
                && (unhappy(answer) || answer.wish() == FeedbackWish.TALK_AGAIN);
    }
}
