package nl.klachtroute.notification.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.klachtroute.events.MessageChannel;
import nl.klachtroute.events.RecipientKind;
import nl.klachtroute.events.TaskKind;
import nl.klachtroute.events.notification.MessageSent;
import nl.klachtroute.notification.task.Task;
import nl.klachtroute.notification.task.TaskId;
import nl.klachtroute.support.problem.IllegalTransitionException;

class MessageTest {

    static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
    static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(10));
    static final MailContent CONTENT = new MailContent(TaskCreatedMail.TEMPLATE, TaskCreatedMail.VERSION, "Onderwerp",
            "Tekst");

    static Message in(MessageState state, int attempts) {
        return Message.restore(new Message.Snapshot(new MessageId("M-1"), "K-2026-000123", "T-1", RecipientKind.STAFF,
                "tm.jansen", MessageChannel.EMAIL, CONTENT, NOW, UUID.randomUUID(), UUID.randomUUID(), state, attempts,
                NOW, NOW, state == MessageState.SENDING ? NOW.plusSeconds(120) : null,
                state == MessageState.SENDING ? "dispatcher-a" : null, null, null, null, 7L));
    }

    @Test
    void anEmailToTheTaskOwnerIsRecordedPendingAndDueAtOnce() {
        Task task = Task.create(new TaskId("T-42"), "K-2026-000123", TaskKind.HOLD_HEARING_AND_COMPLETE_REPORT,
                "tm.jansen", null, NOW).task();

        Message message = Message.emailToTaskOwner(task, CONTENT, UUID.randomUUID(), UUID.randomUUID(), NOW);

        assertThat(message.state()).isEqualTo(MessageState.PENDING);
        assertThat(message.attempts()).isZero();
        assertThat(message.nextAttemptAt()).isEqualTo(NOW);
        assertThat(message.recipientId()).isEqualTo("tm.jansen");
        assertThat(message.id()).as("recording it again gives the same message")
                .isEqualTo(Message.emailToTaskOwner(task, CONTENT, UUID.randomUUID(), UUID.randomUUID(), NOW).id());
    }

    @Test
    void aSentMessageReportsTemplateChannelAndKindOfRecipientOnly() {
        Message message = in(MessageState.SENDING, 1);

        MessageSent sent = message.sent(NOW);

        assertThat(sent).isEqualTo(new MessageSent("M-1", "task-created", 1, MessageChannel.EMAIL, RecipientKind.STAFF));
        assertThat(message.state()).isEqualTo(MessageState.SENT);
        assertThat(message.isClaimedBy("dispatcher-a")).isFalse();
    }

    @Test
    void aFailedAttemptPutsTheMessageBackToWaitWithBackOff() {
        Message message = in(MessageState.SENDING, 3);

        message.attemptFailed(NOW, "smtp-unavailable: ConnectException", RETRY);

        assertThat(message.state()).isEqualTo(MessageState.PENDING);
        assertThat(message.nextAttemptAt()).isEqualTo(NOW.plusSeconds(20));
        assertThat(message.snapshot().lastError()).isEqualTo("smtp-unavailable: ConnectException");
        assertThat(message.snapshot().claimedBy()).isNull();
    }

    @Test
    void backOffDoublesAndStaysBounded() {
        assertThat(RETRY.delayAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(RETRY.delayAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(RETRY.delayAfter(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(RETRY.delayAfter(8)).isEqualTo(Duration.ofMinutes(10));
        assertThat(RETRY.delayAfter(10_000)).isEqualTo(Duration.ofMinutes(10));
    }

    /** Every (state, command) pair: the outcome of an attempt can only be recorded while SENDING. */
    @ParameterizedTest
    @EnumSource(MessageState.class)
    void outcomesAreRecordedOnlyWhileSending(MessageState state) {
        if (state == MessageState.SENDING) {
            assertThat(in(state, 1).sent(NOW)).isNotNull();
            Message retried = in(state, 1);
            retried.attemptFailed(NOW, "smtp-unavailable", RETRY);
            assertThat(retried.state()).isEqualTo(MessageState.PENDING);
            Message failed = in(state, 1);
            failed.undeliverable(NOW, "no-address");
            assertThat(failed.state()).isEqualTo(MessageState.FAILED);
        } else {
            assertThatThrownBy(() -> in(state, 1).sent(NOW)).isInstanceOf(IllegalTransitionException.class);
            assertThatThrownBy(() -> in(state, 1).attemptFailed(NOW, "x", RETRY))
                    .isInstanceOf(IllegalTransitionException.class);
            assertThatThrownBy(() -> in(state, 1).undeliverable(NOW, "x"))
                    .isInstanceOf(IllegalTransitionException.class);
        }
    }

    // --- retention ------------------------------------------------------------------------------------

    static final LocalDate ANONYMISED_ON = LocalDate.of(2031, 6, 2);

    /** Every state: what had not gone out is cancelled, what went out or failed keeps its state. */
    @ParameterizedTest
    @EnumSource(MessageState.class)
    void anonymisingTheComplaintErasesTheTextAndCancelsWhatWasNotSent(MessageState state) {
        Message message = in(state, 2);

        assertThat(message.erase(ANONYMISED_ON)).isTrue();

        Message.Snapshot erased = message.snapshot();
        assertThat(erased.content()).isEqualTo(new MailContent(TaskCreatedMail.TEMPLATE, TaskCreatedMail.VERSION,
                "Onderwerp", Message.ERASED, null));
        assertThat(erased.erasedOn()).isEqualTo(ANONYMISED_ON);
        assertThat(erased.recipientId()).as("a staff member in their role stays").isEqualTo("tm.jansen");
        assertThat(erased.attempts()).isEqualTo(2);
        assertThat(erased.createdAt()).isEqualTo(NOW);
        switch (state) {
            case PENDING, SENDING, TO_POST -> {
                assertThat(erased.state()).isEqualTo(MessageState.CANCELLED);
                assertThat(erased.nextAttemptAt()).isNull();
                assertThat(erased.claimedBy()).isNull();
                assertThat(erased.leaseUntil()).isNull();
            }
            case SENT, FAILED, CANCELLED -> assertThat(erased.state()).isEqualTo(state);
        }
    }

    @Test
    void anonymisingTheComplaintErasesWhichEmployeeItWasAbout() {
        Message notice = Message.letterToEmployee("K-2026-000123", "mw.bakker", CONTENT, UUID.randomUUID(),
                UUID.randomUUID(), NOW);

        notice.erase(ANONYMISED_ON);

        assertThat(notice.recipientKind()).isEqualTo(RecipientKind.EMPLOYEE);
        assertThat(notice.recipientId()).isEqualTo(Message.ERASED);
        assertThat(notice.snapshot().toString()).doesNotContain("mw.bakker").doesNotContain("Tekst");
    }

    @Test
    void anErasedMessageIsErasedOnceAndACancelledLetterCannotBePosted() {
        Message letter = in(MessageState.TO_POST, 1);
        letter.erase(ANONYMISED_ON);
        Message.Snapshot once = letter.snapshot();

        assertThat(letter.erase(ANONYMISED_ON.plusDays(1))).as("a redelivered event").isFalse();

        assertThat(letter.snapshot()).isEqualTo(once);
        assertThatThrownBy(() -> letter.posted(NOW)).isInstanceOf(IllegalTransitionException.class);
    }
}
