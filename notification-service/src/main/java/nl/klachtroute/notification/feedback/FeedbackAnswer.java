package nl.klachtroute.notification.feedback;

import java.util.Objects;

import nl.klachtroute.events.FeedbackReading;
import nl.klachtroute.events.FeedbackWish;
import nl.klachtroute.events.RespectAnswer;

/**
 * What the citizen answered after the outcome (issue 9). The comment is the only free text: it stays in this
 * service, for the handler, and never goes on a topic.
 *
 * @param satisfaction     satisfied with how the complaint was handled, 1 (not at all) to 5 (very)
 * @param respect          felt treated with respect
 * @param trust            trust in the municipality, 1 to 5
 * @param comment          optional, at most {@value #MAX_COMMENT} characters; null when left empty
 * @param wish             talk about it again, go to the ombudsman, or nothing
 * @param noFurtherContact the citizen wants no further contact about this complaint
 */
public record FeedbackAnswer(int satisfaction, RespectAnswer respect, int trust, String comment, FeedbackWish wish,
        boolean noFurtherContact) {

    public static final int MAX_COMMENT = 1000;

    public FeedbackAnswer {
        if (satisfaction < 1 || satisfaction > 5 || trust < 1 || trust > 5) {
            throw new IllegalArgumentException("scores are 1 to 5");
        }
        Objects.requireNonNull(respect, "respect");
        Objects.requireNonNull(wish, "wish");
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("comment longer than " + MAX_COMMENT);
        }
        if (noFurtherContact && wish != FeedbackWish.NONE) {
            throw new IllegalArgumentException("no further contact contradicts the wish " + wish);
        }
    }

    /**
     * An answer the handler should look at: dissatisfied (1 or 2), not treated with respect, or a wish to talk
     * again. A request for the ombudsman goes to the referral step instead.
     */
    public boolean unhappy() {
        return satisfaction <= FeedbackReading.UNHAPPY_AT_MOST || respect == RespectAnswer.NO
                || wish == FeedbackWish.TALK_AGAIN;
    }
}
