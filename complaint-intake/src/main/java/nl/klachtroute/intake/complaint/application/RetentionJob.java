package nl.klachtroute.intake.complaint.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private final ComplaintSweep sweep;

    public RetentionJob(ComplaintRepository complaints, Clock clock, Period retention, int batchSize) {
        this.complaints = complaints;
        this.clock = clock;
        this.retention = retention;
        this.sweep = new ComplaintSweep("retention job", complaints, clock, batchSize);
    }

    /** @return how many complaints this round anonymised */
    public int run() {
        LocalDate endedBefore = LocalDate.now(clock.withZone(Complaint.ZONE)).minus(retention);
        int anonymised = sweep.run((after, limit) -> complaints.endedBefore(endedBefore, after, limit),
                (complaint, now) -> complaint.anonymise(endedBefore, now)).size();
        if (anonymised > 0) {
            log.info("Retention: {} complaints that ended before {} anonymised", anonymised, endedBefore);
        }
        return anonymised;
    }
}
