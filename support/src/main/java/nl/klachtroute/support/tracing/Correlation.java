package nl.klachtroute.support.tracing;

import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.MDC;

import nl.klachtroute.events.EventEnvelope;

/**
 * One correlation id follows a piece of work from the HTTP request through every event it causes, in every
 * service, and stands on every log line written on the way (MDC key {@value #MDC_KEY}); the complaint number
 * and the event id stand beside it while an event is handled. Neither is personal data.
 */
public final class Correlation {

    /** The request header a caller may set, and the answer header that names the id used. */
    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    public static final String MDC_COMPLAINT = "complaintId";
    public static final String MDC_EVENT = "eventId";

    private Correlation() {
    }

    /** The correlation id of the work at hand, or a new one where none is (a scheduled scan). */
    public static UUID current() {
        String value = MDC.get(MDC_KEY);
        if (value != null) {
            try {
                return UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                // not one of ours; start a new chain
            }
        }
        return UUID.randomUUID();
    }

    /** Runs the handling of an event with its correlation id, complaint and event id in the MDC. */
    public static <T> T during(EventEnvelope event, Supplier<T> work) {
        String previousCorrelation = MDC.get(MDC_KEY);
        String previousComplaint = MDC.get(MDC_COMPLAINT);
        String previousEvent = MDC.get(MDC_EVENT);
        MDC.put(MDC_KEY, String.valueOf(event.correlationId()));
        MDC.put(MDC_COMPLAINT, event.complaintId());
        MDC.put(MDC_EVENT, String.valueOf(event.eventId()));
        try {
            return work.get();
        } finally {
            restore(MDC_KEY, previousCorrelation);
            restore(MDC_COMPLAINT, previousComplaint);
            restore(MDC_EVENT, previousEvent);
        }
    }

    static void restore(String key, String previous) {
        if (previous == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, previous);
        }
    }
}
