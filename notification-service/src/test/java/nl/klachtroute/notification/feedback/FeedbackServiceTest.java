package nl.klachtroute.notification.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.FeedbackWish;
import nl.klachtroute.events.Judgement;
import nl.klachtroute.events.RespectAnswer;
import nl.klachtroute.events.complaint.ComplaintClosed;
import nl.klachtroute.events.notification.CitizenFeedbackGiven;
import nl.klachtroute.notification.feedback.FeedbackInvitation.Refused;
import nl.klachtroute.notification.feedback.application.FeedbackLinks;
import nl.klachtroute.notification.feedback.application.FeedbackService;
import nl.klachtroute.notification.feedback.application.FeedbackSettings;

/** One invitation per closure, one answer per invitation, within its days; the topic gets scores only. */
class FeedbackServiceTest {

    private static final Instant CLOSED_AT = Instant.parse("2026-06-01T10:00:00Z");
    private final FeedbackSettings settings = new FeedbackSettings("fictional-test-key",
            "https://klacht.example/feedback", Duration.ofDays(14), 20, 600);
    private final FeedbackLinks links = new FeedbackLinks(settings);
    private final InMemoryFeedbackInvitations invitations = new InMemoryFeedbackInvitations();
    private final MovableClock clock = new MovableClock(CLOSED_AT);
    private final FeedbackService service = new FeedbackService(invitations, links, settings, clock);
    private final EventEnvelope closure = EventEnvelope.first("K-2026-000501",
            new ComplaintClosed(LocalDate.of(2026, 6, 1), Judgement.ONGEGROND, 0, true, null, true,
                    LocalDate.of(2027, 6, 1)), "complaint-intake", CLOSED_AT, UUID.randomUUID());
    private final FeedbackAnswer unhappy = new FeedbackAnswer(2, RespectAnswer.PARTLY, 2, "Te laat gebeld.",
            FeedbackWish.NONE, false);

    @Test
    void aRedeliveredClosureGetsTheSameInvitationAndTheLinkWorksUntilTheLastDayItNames() {
        FeedbackInvitation first = service.invite(closure);
        FeedbackInvitation again = service.invite(closure);

        assertThat(invitations.all()).hasSize(1);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.lastDay()).isEqualTo(LocalDate.of(2026, 6, 15));
        String token = links.token(closure.eventId());
        assertThat(token).hasSize(43).isEqualTo(links.token(closure.eventId()))
                .isNotEqualTo(links.token(UUID.randomUUID()));

        clock.set(LocalDate.of(2026, 6, 15).atTime(23, 59).atZone(ZoneId.of("Europe/Amsterdam")).toInstant());
        assertThat(service.open(token).complaintId()).isEqualTo("K-2026-000501");
        clock.set(LocalDate.of(2026, 6, 16).atTime(12, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant());
        assertThatThrownBy(() -> service.open(token)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refused.Reason.EXPIRED));
    }

    @Test
    void anAnswerIsTakenOnceAndPublishesTheScoresWithoutTheComment() {
        service.invite(closure);
        String token = links.token(closure.eventId());

        service.answer(token, unhappy);

        assertThatThrownBy(() -> service.answer(token, unhappy)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refused.Reason.ALREADY_ANSWERED));
        assertThat(invitations.published()).hasSize(1);
        EventEnvelope published = invitations.published().get(0);
        assertThat(published.correlationId()).as("continues the complaint's chain").isEqualTo(closure.correlationId());
        CitizenFeedbackGiven given = (CitizenFeedbackGiven) published.payload();
        assertThat(given.satisfaction()).isEqualTo(2);
        assertThat(given.commented()).isTrue();
        assertThat(given.toString()).doesNotContain("Te laat");
        assertThat(unhappy.unhappy()).isTrue();
    }

    @Test
    void aLinkNobodyWasGivenOpensNothing() {
        service.invite(closure);

        for (String forged : new String[] { links.token(UUID.randomUUID()), "x".repeat(43), "short", "",
                "A".repeat(43) + "/../" }) {
            assertThatThrownBy(() -> service.answer(forged, unhappy)).isInstanceOfSatisfying(Refused.class,
                    r -> assertThat(r.reason()).isEqualTo(Refused.Reason.UNKNOWN));
        }
        assertThat(invitations.published()).isEmpty();
    }

    @Test
    void anAnswerThatWantsNoContactCannotAlsoAskToTalk() {
        assertThatThrownBy(() -> new FeedbackAnswer(3, RespectAnswer.YES, 3, null, FeedbackWish.TALK_AGAIN, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new FeedbackAnswer(4, RespectAnswer.YES, 4, " ", FeedbackWish.NONE, true).comment()).isNull();
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant at) {
            now = at;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
