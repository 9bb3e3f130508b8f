package nl.klachtroute.analytics.facts;

import static nl.klachtroute.analytics.Complaints.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.klachtroute.events.Channel;
import nl.klachtroute.events.complaint.CitizenContacted;
import nl.klachtroute.events.complaint.ComplaintRegistered;
import nl.klachtroute.events.complaint.HandlerAssigned;

class FactProjectorTest {

    /** Versioned in-memory store; can let another writer win the next saves. */
    static final class InMemoryFacts implements ComplaintFacts {
        final Map<String, ComplaintFact> stored = new HashMap<>();
        int saves;
        int conflictsToCause;

        @Override
        public Optional<ComplaintFact> find(String complaintId) {
            return Optional.ofNullable(stored.get(complaintId));
        }

        @Override
        public ComplaintFact save(ComplaintFact fact) {
            saves++;
            ComplaintFact current = stored.get(fact.complaintId());
            Long currentVersion = current == null ? null : current.version();
            if (conflictsToCause > 0) {
                conflictsToCause--;
                // Another writer stored a new version in between, without the change being saved here.
                ComplaintFact theirs = (current == null ? ComplaintFact.unknown(fact.complaintId()) : current)
                        .withVersion(currentVersion == null ? 0L : currentVersion + 1);
                stored.put(fact.complaintId(), theirs);
                throw new FactChangedConcurrently(fact.complaintId(), null);
            }
            if (!java.util.Objects.equals(currentVersion, fact.version())) {
                throw new FactChangedConcurrently(fact.complaintId(), null);
            }
            ComplaintFact saved = fact.withVersion(currentVersion == null ? 0L : currentVersion + 1);
            stored.put(fact.complaintId(), saved);
            return saved;
        }
    }

    private final InMemoryFacts facts = new InMemoryFacts();
    private final FactProjector projector = new FactProjector(facts);
    private final ComplaintRegistered registered = aComplaint("K-7").registered();

    @Test
    void aRedeliveredEventIsNotWrittenAgain() {
        projector.project("K-7", registered);
        projector.project("K-7", registered);

        assertThat(facts.saves).isEqualTo(1);
        assertThat(facts.stored).containsOnlyKeys("K-7");
    }

    @Test
    void anEventAnalyticsDoesNotUseCreatesNoFact() {
        projector.project("K-8", new HandlerAssigned("h.smit", null, LocalDate.of(2026, 4, 27)));

        assertThat(facts.stored).isEmpty();
    }

    @Test
    void aConcurrentChangeIsRetriedOnFreshState() {
        projector.project("K-7", registered);
        facts.conflictsToCause = 2;

        ComplaintFact fact = projector.project("K-7", new CitizenContacted(LocalDate.of(2026, 4, 28), Channel.PHONE, true));

        assertThat(fact.contact().withinDeadline()).isTrue();
        assertThat(facts.stored.get("K-7").contact()).isNotNull();
        assertThat(facts.stored.get("K-7").registered()).isTrue();
    }

    @Test
    void givesUpAfterABoundedNumberOfConflictsSoTheBinderCanRetryLater() {
        facts.conflictsToCause = FactProjector.MAX_ATTEMPTS;

        assertThatThrownBy(() -> projector.project("K-7", registered)).isInstanceOf(FactChangedConcurrently.class);
    }
}
