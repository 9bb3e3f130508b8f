package nl.klachtroute.intake.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.EventEnvelope;

/**
 * Where complaints are kept. Every write stores the complaint's state together with the events it
 * caused, in one atomic write; publishing those events is somebody else's job (the outbox relay).
 */
public interface ComplaintRepository {

    Optional<Complaint> find(String id);

    /** The complaint a registration with this (staff-scoped) idempotency key created, if any. */
    Optional<KeyedComplaint> findByIdempotencyKey(String idempotencyKey);

    /**
     * Stores a newly registered complaint and its events, with the idempotency key of the request if it had
     * one. Fails with a duplicate key failure when another registration stored the same key first.
     *
     * @return the complaint as stored (revision 1)
     */
    Complaint add(Complaint complaint, List<EventEnvelope> events, IdempotencyKey idempotencyKey);

    /**
     * Stores a changed complaint and its new events, provided nobody changed it since it was loaded;
     * otherwise fails with an optimistic locking failure and the caller retries on fresh state.
     *
     * @return the complaint as stored, with its new revision
     */
    Complaint update(Complaint complaint, List<EventEnvelope> events);

    /** One page of the complaints that match every given filter. */
    ComplaintPage search(ComplaintSearch search);

    /**
     * Open complaints with a watched deadline on or before {@code horizon}, in id order after {@code afterId}
     * (null: from the start), at most {@code limit}: what the deadline scan looks at.
     */
    List<Complaint> withDeadlinesUpTo(LocalDate horizon, String afterId, int limit);

    /**
     * Ended complaints, not anonymised yet, whose route ended before {@code endedBefore}, in id order after
     * {@code afterId} (null: from the start), at most {@code limit}: what the retention job looks at.
     */
    List<Complaint> endedBefore(LocalDate endedBefore, String afterId, int limit);

    /** The next number in the year's series; atomic, so two instances never hand out the same one. */
    long nextNumber(int year);

    /**
     * The key a client sent with a registration, scoped to the member of staff, and a fingerprint of what it
     * asked for, so a retry with different content is recognised.
     */
    record IdempotencyKey(String key, String fingerprint) {
    }

    /** A complaint found by its idempotency key, with the fingerprint of the request that created it. */
    record KeyedComplaint(Complaint complaint, String fingerprint) {
    }

    /**
     * The search of the complaint list; null filters do not filter.
     *
     * @param status         in this state
     * @param handlerId      handled by this member of staff
     * @param department     of this department
     * @param team           of this team
     * @param category       of this category
     * @param deadlineBefore whose next deadline (contact, then handling) is before this day
     * @param overdue        true: next deadline before {@code today}; false: not overdue (or ended)
     * @param today          the day overdue is judged on
     * @param sort           the order
     * @param page           0-based page
     * @param size           page size
     */
    record ComplaintSearch(ComplaintStatus status, String handlerId, String department, String team,
            Category category, LocalDate deadlineBefore, Boolean overdue, LocalDate today, Sort sort, int page,
            int size) {

        public enum Sort {
            /** Newest registration first. */
            NEWEST,
            /** Soonest next deadline first; ended complaints last. */
            DEADLINE
        }
    }

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
