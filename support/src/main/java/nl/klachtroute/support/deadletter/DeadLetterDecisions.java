package nl.klachtroute.support.deadletter;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What operators decided about dead letters (port): each replay and each discard, by whom, when and (for a
 * discard) why, so the dead-letter topics have an audit trail. A discarded letter stays on its topic (Kafka
 * keeps it until retention) but is marked as handled and cannot be replayed.
 */
public interface DeadLetterDecisions {

    /** @return false when the letter was discarded before (a discard is final) */
    boolean record(Decision decision);

    Optional<Decision> find(String topic, int partition, long offset);

    /** The decisions about the letters of one topic, by "partition/offset". */
    Map<String, Decision> forTopic(String topic);

    enum Action {
        REPLAYED, DISCARDED
    }

    /** One decision about one dead letter. */
    record Decision(String topic, int partition, long offset, Action action, String reason, String by, Instant at) {

        public String position() {
            return partition + "/" + offset;
        }
    }
}
