package nl.klachtroute.analytics.facts;

import java.util.Optional;

/** Where complaint facts are kept (port; the Mongo adapter lives in {@code facts.persistence}). */
public interface ComplaintFacts {

    Optional<ComplaintFact> find(String complaintId);

    /**
     * Stores the fact if nobody stored another version of it in the meantime.
     *
     * @return the fact with its new version
     * @throws FactChangedConcurrently when the stored version is no longer the one the fact was read at
     */
    ComplaintFact save(ComplaintFact fact);
}
