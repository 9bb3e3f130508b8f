package nl.klachtroute.intake.complaint.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
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
 * One round of the retention job (DOMAIN.md, Privacy): every complaint whose route ended longer ago than the
 * retention period is anonymised here, and {@code ComplaintAnonymised} tells the other services to erase what
 * they hold about it; analytics keeps only its counts. Like the deadline scan, safe on several instances at
 * once and after a restart: the anonymisation and its event are one conditional write.
 */
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final ComplaintRepository complaints;
    private final Clock clock;
    private final Period retention;
    private final int batchSize;

    public RetentionJob(ComplaintRepository complaints, Clock clock, Period retention, int batchSize) {
        this.complaints = complaints;
        this.clock = clock;
        this.retention = retention;
        this.batchSize = batchSize;
    }

    /** @return how many complaints this round anonymised */
    public int run() {
        LocalDate endedBefore = LocalDate.now(clock.withZone(Complaint.ZONE)).minus(retention);
        int anonymised = 0;
        String after = null;
        List<Complaint> batch;
        do {
            batch = complaints.endedBefore(endedBefore, after, batchSize);
            for (Complaint complaint : batch) {
                anonymised += anonymise(complaint, endedBefore);
                after = complaint.id();
            }
        } while (batch.size() == batchSize);
        if (anonymised > 0) {
            log.info("Retention: {} complaints that ended before {} anonymised", anonymised, endedBefore);
        }
        return anonymised;
    }

    private int anonymise(Complaint loaded, LocalDate endedBefore) {
        Complaint complaint = loaded;
        for (int attempt = 1;; attempt++) {
            Instant now = clock.instant();
            List<ComplaintEvent> events = complaint.anonymise(endedBefore, now);
            if (events.isEmpty()) {
                return 0;
            }
            try {
                UUID correlation = UUID.randomUUID();
                String id = complaint.id();
                complaints.update(complaint, ComplaintService.envelopes(events,
                        first -> EventEnvelope.first(id, first, ComplaintService.SERVICE, now, correlation), now));
                return 1;
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= ComplaintService.MAX_ATTEMPTS) {
                    log.warn("Complaint {} kept changing; retention looks at it again next round", complaint.id());
                    return 0;
                }
                complaint = complaints.find(complaint.id()).orElse(null);
                if (complaint == null) {
                    return 0;
                }
            }
        }
    }
}
