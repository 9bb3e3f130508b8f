package nl.klachtroute.notification.feedback.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.notification.feedback.FeedbackAnswer;
import nl.klachtroute.notification.feedback.FeedbackInvitation;
import nl.klachtroute.notification.feedback.FeedbackInvitation.Refused;
import nl.klachtroute.notification.feedback.FeedbackInvitations;

/**
 * The satisfaction check after the outcome (issue 9): an invitation per closure, and the citizen's one answer
 * through the public page. The answer is published as {@code CitizenFeedbackGiven} (scores only); the comment
 * stays here for the handler. Logs name the complaint and the outcome, never the answer or the link.
 */
@Service
@EnableConfigurationProperties(FeedbackSettings.class)
public class FeedbackService {

    private static final Logger log = LoggerFactory.getLogger(FeedbackService.class);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private final FeedbackInvitations invitations;
    private final FeedbackLinks links;
    private final FeedbackSettings settings;
    private final Clock clock;

    public FeedbackService(FeedbackInvitations invitations, FeedbackLinks links, FeedbackSettings settings,
            Clock clock) {
        this.invitations = invitations;
        this.links = links;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The invitation for the outcome letter of this closure; a redelivered closure finds the one made before.
     */
    public FeedbackInvitation invite(EventEnvelope closure) {
        String id = FeedbackLinks.idOf(links.token(closure.eventId()));
        Instant now = clock.instant();
        // Valid through the whole last day, as the letter names it ("tot en met").
        LocalDate lastDay = LocalDate.ofInstant(now.plus(settings.validity()), AMSTERDAM);
        FeedbackInvitation invitation = FeedbackInvitation.of(id, closure, now,
                lastDay.plusDays(1).atStartOfDay(AMSTERDAM).toInstant());
        if (invitations.add(invitation)) {
            log.info("Feedback invitation for complaint {} valid until {}", closure.complaintId(),
                    invitation.expiresAt());
            return invitation;
        }
        return invitations.find(id).orElse(invitation);
    }

    /**
     * The invitation a link opens, if it can still be answered.
     *
     * @throws Refused when the link is unknown, expired or used
     */
    public FeedbackInvitation open(String token) {
        FeedbackInvitation invitation = find(token);
        if (invitation.answered()) {
            throw new Refused(Refused.Reason.ALREADY_ANSWERED);
        }
        if (invitation.expiredAt(clock.instant())) {
            throw new Refused(Refused.Reason.EXPIRED);
        }
        return invitation;
    }

    /**
     * Takes the citizen's answer, once.
     *
     * @throws Refused when the link is unknown, expired or used (also when a second answer arrives at the same
     *                 moment)
     */
    public FeedbackInvitation answer(String token, FeedbackAnswer answer) {
        FeedbackInvitation invitation = find(token);
        FeedbackInvitation.Answered answered = invitation.answer(answer, clock.instant());
        if (!invitations.answer(answered.invitation(), answered.events())) {
            throw new Refused(Refused.Reason.ALREADY_ANSWERED);
        }
        log.info("Feedback {} given on complaint {}", answered.invitation().feedbackId(), invitation.complaintId());
        return answered.invitation();
    }

    private FeedbackInvitation find(String token) {
        if (!FeedbackLinks.wellFormed(token)) {
            throw new Refused(Refused.Reason.UNKNOWN);
        }
        return invitations.find(FeedbackLinks.idOf(token)).orElseThrow(() -> new Refused(Refused.Reason.UNKNOWN));
    }
}
