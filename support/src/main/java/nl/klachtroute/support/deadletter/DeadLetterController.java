package nl.klachtroute.support.deadletter;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.klachtroute.support.deadletter.DeadLetterDecisions.Action;
import nl.klachtroute.support.deadletter.DeadLetterDecisions.Decision;
import nl.klachtroute.support.problem.IllegalTransitionException;
import nl.klachtroute.support.problem.NotFoundException;
import nl.klachtroute.support.security.CurrentStaff;

/**
 * The dead-letter topics for operators (admin): what waits, with the decisions taken about it; replay a
 * letter to its topic once the cause is fixed, or discard it with a reason. Every replay and discard is
 * recorded (who, when, why) in {@code dead_letter_decisions}.
 */
@RestController
@RequestMapping("/api/dead-letters")
@PreAuthorize("hasRole('ADMIN')")
@Validated
class DeadLetterController {

    private final DeadLetters deadLetters;
    private final DeadLetterDecisions decisions;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    DeadLetterController(DeadLetters deadLetters, DeadLetterDecisions decisions, CurrentStaff currentStaff,
            Clock clock) {
        this.deadLetters = deadLetters;
        this.decisions = decisions;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    @GetMapping
    List<TopicView> list(@RequestParam(defaultValue = "50") int limit) {
        int bounded = Math.max(1, Math.min(limit, 500));
        return deadLetters.topics().stream().map(topic -> {
            Map<String, Decision> decided = decisions.forTopic(topic);
            List<LetterView> letters = deadLetters.list(topic, bounded).stream()
                    .map(l -> LetterView.of(l, decided.get(l.partition() + "/" + l.offset()))).toList();
            long discarded = decided.values().stream().filter(d -> d.action() == Action.DISCARDED).count();
            return new TopicView(topic, Math.max(0, deadLetters.count(topic) - discarded), letters);
        }).toList();
    }

    @PostMapping("/{topic}/{partition}/{offset}/replay")
    ResponseEntity<Decision> replay(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset) {
        Decision decision = new Decision(topic, partition, offset, Action.REPLAYED, null, currentStaff.get().id(),
                clock.instant());
        requireOpen(topic, partition, offset, "replay");
        if (!deadLetters.replay(topic, partition, offset)) {
            throw new NotFoundException("dead letter", topic + "/" + partition + "/" + offset);
        }
        decisions.record(decision);
        return ResponseEntity.accepted().body(decision);
    }

    @PostMapping("/{topic}/{partition}/{offset}/discard")
    Decision discard(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset,
            @Valid @RequestBody Discard body) {
        requireOpen(topic, partition, offset, "discard");
        boolean known = deadLetters.list(topic, 500).stream()
                .anyMatch(l -> l.partition() == partition && l.offset() == offset);
        if (!known) {
            throw new NotFoundException("dead letter", topic + "/" + partition + "/" + offset);
        }
        Decision decision = new Decision(topic, partition, offset, Action.DISCARDED, body.reason().strip(),
                currentStaff.get().id(), clock.instant());
        if (!decisions.record(decision)) {
            throw new IllegalTransitionException("dead letter", "discarded", "discard");
        }
        return decision;
    }

    private void requireOpen(String topic, int partition, long offset, String command) {
        if (!deadLetters.topics().contains(topic)) {
            throw new NotFoundException("dead-letter topic", topic);
        }
        decisions.find(topic, partition, offset).filter(d -> d.action() == Action.DISCARDED).ifPresent(d -> {
            throw new IllegalTransitionException("dead letter", "discarded by " + d.by() + " on " + d.at(), command);
        });
    }

    /** @param reason why the letter needs no replay, for the audit trail */
    record Discard(@NotBlank @Size(max = 500) String reason) {
    }

    /** A dead letter and the latest decision about it (null while undecided). */
    record LetterView(String topic, int partition, long offset, String key, java.time.Instant at,
            String originalTopic, String failure, Decision decision) {

        static LetterView of(DeadLetters.DeadLetter l, Decision decision) {
            return new LetterView(l.topic(), l.partition(), l.offset(), l.key(), l.at(), l.originalTopic(),
                    l.failure(), decision);
        }
    }

    record TopicView(String topic, long waiting, List<LetterView> records) {
    }
}
