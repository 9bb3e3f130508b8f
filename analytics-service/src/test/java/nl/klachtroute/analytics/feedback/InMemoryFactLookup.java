package nl.klachtroute.analytics.feedback;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.klachtroute.analytics.facts.ComplaintFact;
import nl.klachtroute.analytics.facts.Ending;

/** Complaint facts in a map, read as the Mongo lookup reads the active generation. */
public final class InMemoryFactLookup implements ComplaintFactLookup {

    private final Map<String, ComplaintFact> facts = new HashMap<>();

    public void store(ComplaintFact fact) {
        facts.put(fact.complaintId(), fact);
    }

    @Override
    public Map<String, ComplaintFact> find(Collection<String> complaintIds) {
        Map<String, ComplaintFact> found = new HashMap<>();
        complaintIds.stream().filter(facts::containsKey).forEach(id -> found.put(id, facts.get(id)));
        return found;
    }

    @Override
    public List<ComplaintFact> closedBetween(LocalDate from, LocalDate to) {
        return facts.values().stream().filter(f -> f.registered() && f.ending() != null
                && f.ending().kind() == Ending.Kind.CLOSED && (from == null || !f.ending().endedOn().isBefore(from))
                && (to == null || !f.ending().endedOn().isAfter(to))).toList();
    }
}
