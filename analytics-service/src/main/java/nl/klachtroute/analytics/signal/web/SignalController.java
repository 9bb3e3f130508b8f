package nl.klachtroute.analytics.signal.web;

import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.klachtroute.analytics.signal.PatternDetectors;
import nl.klachtroute.analytics.signal.SignalStore;
import nl.klachtroute.analytics.signal.application.SignalScan;
import nl.klachtroute.events.Category;
import nl.klachtroute.events.SignalKind;
import nl.klachtroute.events.analytics.PatternSignalRaised;

/**
 * {@code GET /api/analytics/signals}: the signals raised, newest first, each with its evidence (count,
 * baseline, period, the test that decided). {@code POST /api/analytics/signals/scan}: run a scan now.
 */
@RestController
@RequestMapping("/api/analytics/signals")
class SignalController {

    private final SignalStore signals;
    private final SignalScan scan;

    SignalController(SignalStore signals, SignalScan scan) {
        this.signals = signals;
        this.scan = scan;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    Signals list() {
        return new Signals(signals.all().stream().map(s -> SignalView.of(s.signal(), s.raisedAt())).toList());
    }

    @PostMapping("/scan")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    ResponseEntity<Scanned> scanNow() {
        List<PatternSignalRaised> raised = scan.run();
        return ResponseEntity.ok(new Scanned(raised.size(), raised.stream().map(s -> SignalView.of(s, null)).toList()));
    }

    record Signals(List<SignalView> signals) {
    }

    record Scanned(int raised, List<SignalView> signals) {
    }

    /** A signal with its evidence; {@code title} is the Dutch line the dashboard shows. */
    record SignalView(String signalId, SignalKind kind, String title, String department, String team,
            Category category, String period, long count, double baseline, String test, Instant raisedAt) {

        static SignalView of(PatternSignalRaised s, Instant raisedAt) {
            return new SignalView(s.signalId(), s.kind(), title(s), s.department(), s.team(), s.category(), s.period(),
                    s.count(), s.baseline(), PatternDetectors.test(s.kind()), raisedAt);
        }

        private static String title(PatternSignalRaised s) {
            String scope = s.team() != null ? "team " + s.team()
                    : s.department() != null ? "afdeling " + s.department()
                    : s.category() != null ? "categorie " + s.category().name().toLowerCase().replace('_', ' ') : "WPI";
            return switch (s.kind()) {
                case RISING_ABOVE_BASELINE -> "Meer klachten dan gewoonlijk over " + scope;
                case CONDUCT_CLUSTER -> "Veel klachten over bejegening of discriminatie bij " + scope;
                case REPEAT_COMPLAINANT -> "Meer herhaalde klachten van dezelfde mensen bij " + scope;
                case DEADLINE_COMPLIANCE_DROPPING -> "Minder vaak op tijd contact met de klager bij " + scope;
            };
        }
    }
}
