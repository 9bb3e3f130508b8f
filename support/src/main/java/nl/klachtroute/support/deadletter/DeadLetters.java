package nl.klachtroute.support.deadletter;

import java.time.Instant;
import java.util.List;

/**
 * The events this service gave up on after its retries (poison events), per dead-letter topic, and the
 * way to try one again once the cause is fixed. Replaying is safe: the inbox de-duplicates by event id
 * and every effect is idempotent.
 */
public interface DeadLetters {

    /** The dead-letter topics of this service's consumers. */
    List<String> topics();

    /** Records waiting on one dead-letter topic. */
    long count(String deadLetterTopic);

    /** The records on a dead-letter topic, oldest first (at most {@code limit}). */
    List<DeadLetter> list(String deadLetterTopic, int limit);

    /**
     * Publishes the dead letter again to the topic it came from, with its key.
     *
     * @return false when there is no such record
     */
    boolean replay(String deadLetterTopic, int partition, long offset);

    /**
     * One dead letter. No payload: the reason is the exception type only.
     *
     * @param key       the record key (the complaint id)
     * @param failure   exception type of the last attempt, if the binder recorded it
     */
    record DeadLetter(String topic, int partition, long offset, String key, Instant at, String originalTopic,
            String failure) {
    }
}
