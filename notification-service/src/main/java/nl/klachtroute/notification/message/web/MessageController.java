package nl.klachtroute.notification.message.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import nl.klachtroute.events.MessageChannel;
import nl.klachtroute.events.RecipientKind;
import nl.klachtroute.notification.message.Message;
import nl.klachtroute.notification.message.MessageState;
import nl.klachtroute.notification.message.application.MessageQueries;

/** Delivery state of the messages about a complaint, for the complaint team. */
@RestController
@RequestMapping("/api/messages")
class MessageController {

    private final MessageQueries queries;

    MessageController(MessageQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    List<MessageView> list(@Valid MessageQuery query) {
        return queries.aboutComplaint(query.complaintId()).stream().map(MessageView::of).toList();
    }

    /** @param complaintId the complaint, e.g. K-2026-000123 */
    record MessageQuery(
            @NotBlank @Pattern(regexp = "^[A-Za-z0-9._:-]{1,100}$", message = "must be a complaint id")
            String complaintId) {
    }

    /**
     * A message and its delivery state. The body is left out: the record proves what was sent and when,
     * the wording is fixed by template and version. {@code pdf}: for a letter to the citizen, where the
     * handler gets it as PDF for post; none once it was erased. {@code erasedOn}: the day its text was erased
     * after the complaint's retention period.
     */
    record MessageView(String id, String complaintId, String taskId, RecipientKind recipientKind, String recipientId,
            MessageChannel channel, String template, int templateVersion, String subject, MessageState state,
            int attempts, Instant createdAt, Instant lastAttemptAt, Instant nextAttemptAt, Instant sentAt,
            String lastError, String pdf, LocalDate erasedOn) {

        static MessageView of(Message message) {
            Message.Snapshot s = message.snapshot();
            return new MessageView(s.id().value(), s.complaintId(), s.taskId(), s.recipientKind(), s.recipientId(),
                    s.channel(), s.content().template(), s.content().templateVersion(), s.content().subject(),
                    s.state(), s.attempts(), s.createdAt(), s.lastAttemptAt(),
                    s.state() == MessageState.PENDING ? s.nextAttemptAt() : null, s.sentAt(), s.lastError(),
                    s.recipientKind() == RecipientKind.CITIZEN && s.erasedOn() == null
                            ? "/api/complaints/" + s.complaintId() + "/letters/" + s.id().value() + ".pdf"
                            : null,
                    s.erasedOn());
        }
    }
}
