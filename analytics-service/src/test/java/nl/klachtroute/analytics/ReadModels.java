package nl.klachtroute.analytics;

import java.util.List;

import nl.klachtroute.analytics.cube.CubeProjection;
import nl.klachtroute.analytics.cube.InMemoryCube;
import nl.klachtroute.analytics.facts.ComplaintFact;
import nl.klachtroute.analytics.facts.ComplaintFacts;
import nl.klachtroute.analytics.facts.FactChanges;
import nl.klachtroute.analytics.facts.FactProjector;
import nl.klachtroute.analytics.facts.InMemoryFacts;
import nl.klachtroute.analytics.facts.InMemoryRepeatIndex;
import nl.klachtroute.analytics.facts.RepeatChains;
import nl.klachtroute.analytics.facts.RepeatIndex;

/**
 * Facts, repeat chains and cube in memory, kept as the projection keeps them: for tests that give facts as they
 * are and read what the cube makes of them.
 */
public final class ReadModels {

    private final InMemoryFacts facts = new InMemoryFacts();
    private final RepeatIndex index = new InMemoryRepeatIndex();
    private final InMemoryCube cube = new InMemoryCube();
    private final FactChanges changes = new CubeProjection(cube);

    public static ReadModels of(List<ComplaintFact> facts) {
        ReadModels models = new ReadModels();
        facts.forEach(models::store);
        return models;
    }

    /** Stores the fact (its repeat flags aside) as the projection would after the events that made it. */
    public void store(ComplaintFact fact) {
        store(facts, index, changes, fact);
    }

    /** As the projection stores a fact: repeat flags decided, cube told, the one later complaint per chain fixed. */
    public static void store(ComplaintFacts facts, RepeatIndex index, FactChanges changes, ComplaintFact fact) {
        ComplaintFact current = facts.find(fact.complaintId()).orElseGet(() -> ComplaintFact.unknown(fact.complaintId()));
        RepeatChains.Decision decision = new RepeatChains(index)
                .decide(current, fact.withVersion(current.version()).withRepeats(current.repeats()));
        ComplaintFact saved = facts.save(decision.fact());
        changes.changed(current, saved);
        decision.others().forEach((id, flags) -> {
            ComplaintFact other = facts.find(id).orElseGet(() -> ComplaintFact.unknown(id));
            ComplaintFact flagged = other.withRepeats(RepeatChains.Decision.apply(other.repeats(), flags));
            if (!flagged.equals(other)) {
                changes.changed(other, facts.save(flagged));
            }
        });
    }

    public FactProjector projector() {
        return new FactProjector(facts, index, changes);
    }

    public InMemoryCube cube() {
        return cube;
    }

    public InMemoryFacts facts() {
        return facts;
    }
}
