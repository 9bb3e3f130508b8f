package nl.klachtroute.analytics.facts.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.klachtroute.analytics.facts.application.FactRebuild;

/**
 * {@code POST /api/analytics/rebuild} replays the topics into a fresh generation of the read model (202, or
 * 409 while one runs); {@code GET /api/analytics/rebuild} shows how far it is.
 */
@RestController
@RequestMapping("/api/analytics/rebuild")
class RebuildController {

    private final FactRebuild rebuild;

    RebuildController(FactRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    ResponseEntity<FactRebuild.Progress> start() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuild.start());
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    FactRebuild.Progress progress() {
        return rebuild.progress();
    }
}
