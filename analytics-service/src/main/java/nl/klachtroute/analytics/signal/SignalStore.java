package nl.klachtroute.analytics.signal;

import java.time.Instant;
import java.util.List;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.analytics.PatternSignalRaised;

/** Where raised signals are kept, each with its event waiting to be published (port). */
public interface SignalStore {

    /**
     * Stores the signal and its event in one write, unless a signal with its id was raised before.
     *
     * @return whether it is new
     */
    boolean raise(EventEnvelope event);

    /** The signals raised, newest first. */
    List<RaisedSignal> all();

    /** A signal as raised, and when. */
    record RaisedSignal(PatternSignalRaised signal, Instant raisedAt) {
    }
}
