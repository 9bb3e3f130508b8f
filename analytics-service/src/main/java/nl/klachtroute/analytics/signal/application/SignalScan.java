package nl.klachtroute.analytics.signal.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.klachtroute.analytics.kpi.FactSource;
import nl.klachtroute.analytics.report.Quarter;
import nl.klachtroute.analytics.signal.PatternDetectors;
import nl.klachtroute.analytics.signal.SignalStore;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.analytics.PatternSignalRaised;

/**
 * One round of pattern detection over the current quarter and the four before it; each new signal is stored
 * with its {@code PatternSignalRaised} (the outbox relay publishes it, and notification-service turns it into
 * a task for the responsible manager). Safe to run as often as wanted: a signal is raised once.
 */
public class SignalScan {

    public static final String PRODUCER = "analytics-service";
    private static final Logger log = LoggerFactory.getLogger(SignalScan.class);
    private final FactSource facts;
    private final SignalStore signals;
    private final PatternDetectors detectors;
    private final Clock clock;
    private final ZoneId zone;

    public SignalScan(FactSource facts, SignalStore signals, PatternDetectors detectors, Clock clock, ZoneId zone) {
        this.facts = facts;
        this.signals = signals;
        this.detectors = detectors;
        this.clock = clock;
        this.zone = zone;
    }

    /** @return the signals raised by this round (not those raised before) */
    public List<PatternSignalRaised> run() {
        Quarter quarter = Quarter.of(LocalDate.now(clock.withZone(zone)));
        Quarter first = quarter.previous().previous().previous().previous();
        // Twelve months before the window as well, for the repeat complaints of its first quarter.
        List<PatternSignalRaised> found = detectors.detect(
                facts.receivedBetween(first.firstDay().minusMonths(12), quarter.lastDay()), quarter);
        UUID correlation = UUID.randomUUID();
        List<PatternSignalRaised> raised = found.stream().filter(signal -> signals.raise(EventEnvelope.first(
                signal.signalId(), signal, PRODUCER, clock.instant(), correlation))).toList();
        if (!raised.isEmpty()) {
            log.info("Pattern scan for {}: {} new signals", quarter, raised.size());
        }
        return raised;
    }
}
