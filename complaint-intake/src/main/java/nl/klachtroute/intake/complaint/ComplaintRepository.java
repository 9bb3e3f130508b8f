package nl.klachtroute.intake.complaint;

import java.util.List;
import java.util.Optional;

import nl.klachtroute.events.EventEnvelope;

/**
 * Where complaints are kept. Every write stores the complaint's state together with the events it
 * caused, in one atomic write; publishing those events is somebody else's job (the outbox relay).
 */
public interface ComplaintRepository {

    Optional<Complaint> find(String id);

    /** Stores a newly registered complaint and its events. */
    void add(Complaint complaint, List<EventEnvelope> events);

    /**
     * Stores a changed complaint and its new events, provided nobody changed it since it was loaded;
     * otherwise fails with an optimistic locking failure and the caller retries on fresh state.
     */
    void update(Complaint complaint, List<EventEnvelope> events);

    /** Newest registrations first. */
    ComplaintPage newestFirst(int page, int size);

    /** The next number in the year's series; atomic, so two instances never hand out the same one. */
    long nextNumber(int year);

    /** One page of complaints and how many there are in all. */
    record ComplaintPage(List<Complaint> items, int page, int size, long totalElements) {

        public ComplaintPage {
            items = List.copyOf(items);
        }

        public int totalPages() {
            return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
        }
    }
}
