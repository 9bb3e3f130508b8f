package nl.klachtroute.notification.deadletter.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.klachtroute.notification.deadletter.DeadLetters;
import nl.klachtroute.support.problem.NotFoundException;

/** Dead letters for operations: what waits on each dead-letter topic, and replaying one. Admins only. */
@RestController
@RequestMapping("/api/dead-letters")
@PreAuthorize("hasRole('ADMIN')")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    List<TopicView> list(@RequestParam(defaultValue = "50") int limit) {
        int bounded = Math.max(1, Math.min(limit, 500));
        return deadLetters.topics().stream()
                .map(topic -> new TopicView(topic, deadLetters.count(topic), deadLetters.list(topic, bounded)))
                .toList();
    }

    @PostMapping("/{topic}/{partition}/{offset}/replay")
    ResponseEntity<Void> replay(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset) {
        if (!deadLetters.topics().contains(topic) || !deadLetters.replay(topic, partition, offset)) {
            throw new NotFoundException("dead letter", topic + "/" + partition + "/" + offset);
        }
        return ResponseEntity.accepted().build();
    }

    record TopicView(String topic, long waiting, List<DeadLetters.DeadLetter> records) {
    }
}
