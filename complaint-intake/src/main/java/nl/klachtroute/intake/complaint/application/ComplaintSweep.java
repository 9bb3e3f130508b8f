package nl.klachtroute.intake.complaint.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.complaint.ComplaintEvent;
import nl.klachtroute.intake.complaint.Complaint;
import nl.klachtroute.intake.complaint.ComplaintRepository;

/**
 * What the deadline scan and the retention job share: the complaints of interest walked in id order, a
 * batch at a time, and on each a decision stored with its events in one conditional write. When another
 * instance, a command or the outbox relay wrote first, the decision is taken again on what it stored; a
 * complaint that keeps changing is left for the next round.
 */
final class ComplaintSweep {

    private static final Logger log = LoggerFactory.getLogger(ComplaintSweep.class);

    /** The next batch of complaints of interest after the given id (null: from the start). */
    interface Batches {
        List<Complaint> after(String afterId, int limit);
    }

    /** The events the complaint gets now; none when nothing is to be done. */
    interface Decision {
        List<ComplaintEvent> on(Complaint complaint, Instant now);
    }

    private final String name;
    private final ComplaintRepository complaints;
    private final Clock clock;
    private final int batchSize;

    ComplaintSweep(String name, ComplaintRepository complaints, Clock clock, int batchSize) {
        this.name = name;
        this.complaints = complaints;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** @return the events stored this round, over all complaints */
    List<ComplaintEvent> run(Batches batches, Decision decision) {
        List<ComplaintEvent> stored = new ArrayList<>();
        String after = null;
        List<Complaint> batch;
        do {
            batch = batches.after(after, batchSize);
            for (Complaint complaint : batch) {
                stored.addAll(decide(complaint, decision));
                after = complaint.id();
            }
        } while (batch.size() == batchSize);
        return stored;
    }

    private List<ComplaintEvent> decide(Complaint loaded, Decision decision) {
        Complaint complaint = loaded;
        for (int attempt = 1;; attempt++) {
            Instant now = clock.instant();
            List<ComplaintEvent> events = decision.on(complaint, now);
            if (events.isEmpty()) {
                return events;
            }
            try {
                UUID correlation = UUID.randomUUID();
                String id = complaint.id();
                complaints.update(complaint, ComplaintService.envelopes(events,
                        first -> EventEnvelope.first(id, first, ComplaintService.SERVICE, now, correlation), now));
                return events;
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= ComplaintService.MAX_ATTEMPTS) {
                    log.warn("Complaint {} kept changing; the {} looks at it again next round", complaint.id(), name);
                    return List.of();
                }
                complaint = complaints.find(complaint.id()).orElse(null);
                if (complaint == null) {
                    return List.of();
                }
            }
        }
    }
}
