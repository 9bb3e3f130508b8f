package nl.klachtroute.analytics.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Versioned facts in a map, for tests without a store. */
public final class InMemoryFacts implements ComplaintFacts {

    private final Map<String, ComplaintFact> stored = new HashMap<>();

    @Override
    public Optional<ComplaintFact> find(String complaintId) {
        return Optional.ofNullable(stored.get(complaintId));
    }

    @Override
    public ComplaintFact save(ComplaintFact fact) {
        ComplaintFact current = stored.get(fact.complaintId());
        Long currentVersion = current == null ? null : current.version();
        if (!Objects.equals(currentVersion, fact.version())) {
            throw new FactChangedConcurrently(fact.complaintId(), null);
        }
        ComplaintFact saved = fact.withVersion(currentVersion == null ? 0L : currentVersion + 1);
        stored.put(fact.complaintId(), saved);
        return saved;
    }

    public List<ComplaintFact> all() {
        return List.copyOf(stored.values());
    }
}
