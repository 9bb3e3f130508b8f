package nl.klachtroute.analytics.facts;

import nl.klachtroute.events.DomainEvent;

/**
 * Applies complaint events to the stored facts. Events of one complaint arrive in order on one
 * partition, but a rebalance or a replay from the dead-letter topic can still race with the live
 * consumer; a conflicting save is retried on fresh state.
 */
public final class FactProjector {

    static final int MAX_ATTEMPTS = 5;
    private final ComplaintFacts facts;

    public FactProjector(ComplaintFacts facts) {
        this.facts = facts;
    }

    /** @return the fact as stored after the event */
    public ComplaintFact project(String complaintId, DomainEvent event) {
        for (int attempt = 1;; attempt++) {
            ComplaintFact current = facts.find(complaintId).orElseGet(() -> ComplaintFact.unknown(complaintId));
            ComplaintFact next = current.apply(event);
            if (next.equals(current)) {
                return current;
            }
            try {
                return facts.save(next);
            } catch (FactChangedConcurrently e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
