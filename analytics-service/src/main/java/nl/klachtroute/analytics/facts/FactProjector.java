package nl.klachtroute.analytics.facts;

import java.util.Map;

import nl.klachtroute.events.DomainEvent;

/**
 * Applies complaint events to the stored facts. Events of one complaint arrive in order on one
 * partition, but a rebalance or a replay from the dead-letter topic can still race with the live
 * consumer; a conflicting save is retried on fresh state.
 * <p>
 * Each stored change also decides the repeat flags ({@link RepeatChains}), fixes those of the one later
 * complaint per chain whose flag it changes, and tells the read-side aggregates ({@link FactChanges}) the change,
 * only after the save succeeded. An event that changes nothing (a redelivery) is not saved and so never counted
 * twice.
 */
public final class FactProjector {

    static final int MAX_ATTEMPTS = 5;
    private final ComplaintFacts facts;
    private final RepeatChains chains;
    private final FactChanges changes;

    public FactProjector(ComplaintFacts facts) {
        this(facts, RepeatIndex.NONE, FactChanges.NONE);
    }

    public FactProjector(ComplaintFacts facts, RepeatIndex index, FactChanges changes) {
        this.facts = facts;
        this.chains = new RepeatChains(index);
        this.changes = changes;
    }

    /** @return the fact as stored after the event */
    public ComplaintFact project(String complaintId, DomainEvent event) {
        for (int attempt = 1;; attempt++) {
            ComplaintFact current = facts.find(complaintId).orElseGet(() -> ComplaintFact.unknown(complaintId));
            ComplaintFact next = current.apply(event);
            if (next.equals(current)) {
                return current;
            }
            RepeatChains.Decision decision = chains.decide(current, next);
            try {
                ComplaintFact saved = facts.save(decision.fact());
                changes.changed(current, saved);
                decision.others().forEach(this::flag);
                return saved;
            } catch (FactChangedConcurrently e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Sets repeat flags another complaint's change decided; creates the fact if its registration is not stored yet. */
    private void flag(String complaintId, Map<RepeatIndex.Chain, Boolean> flags) {
        for (int attempt = 1;; attempt++) {
            ComplaintFact current = facts.find(complaintId).orElseGet(() -> ComplaintFact.unknown(complaintId));
            ComplaintFact next = current.withRepeats(RepeatChains.Decision.apply(current.repeats(), flags));
            if (next.equals(current)) {
                return;
            }
            try {
                changes.changed(current, facts.save(next));
                return;
            } catch (FactChangedConcurrently e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
