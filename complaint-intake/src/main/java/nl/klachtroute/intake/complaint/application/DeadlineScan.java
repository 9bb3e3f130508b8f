package nl.klachtroute.intake.complaint.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.klachtroute.events.complaint.DeadlineApproaching;
import nl.klachtroute.events.complaint.DeadlineMissed;
import nl.klachtroute.events.complaint.ComplaintEvent;
import nl.klachtroute.intake.complaint.Complaint;
import nl.klachtroute.intake.complaint.ComplaintDeadlines;
import nl.klachtroute.intake.complaint.ComplaintRepository;

/**
 * One round of deadline reminders and escalations over the open complaints ({@code DeadlineApproaching},
 * {@code DeadlineMissed}). Safe with several instances running it at the same time: the complaint records
 * which alerts it gave in the same write as the events (its outbox), and that write is conditional on the
 * version it read, so of two instances deciding the same alert only one stores it; the other reloads, sees
 * the alert recorded, and gives nothing. A restart changes nothing either: the record is in the store.
 */
public class DeadlineScan {

    private static final Logger log = LoggerFactory.getLogger(DeadlineScan.class);
    static final String METRIC = "klachtroute.deadline.alerts";

    private final ComplaintRepository complaints;
    private final ComplaintDeadlines deadlines;
    private final Clock clock;
    private final int leadWorkingDays;
    private final MeterRegistry meters;
    private final ComplaintSweep sweep;

    public DeadlineScan(ComplaintRepository complaints, ComplaintDeadlines deadlines, Clock clock, int leadWorkingDays,
            int batchSize) {
        this(complaints, deadlines, clock, leadWorkingDays, batchSize, new SimpleMeterRegistry());
    }

    /** @param meters counts the alerts given ({@code klachtroute.deadline.alerts}, by kind and alert) for Grafana */
    public DeadlineScan(ComplaintRepository complaints, ComplaintDeadlines deadlines, Clock clock, int leadWorkingDays,
            int batchSize, MeterRegistry meters) {
        this.complaints = complaints;
        this.deadlines = deadlines;
        this.clock = clock;
        this.leadWorkingDays = leadWorkingDays;
        this.meters = meters;
        this.sweep = new ComplaintSweep("deadline scan", complaints, clock, batchSize);
    }

    /** @return how many alerts this round gave */
    public int run() {
        LocalDate today = LocalDate.now(clock.withZone(Complaint.ZONE));
        // A deadline is due for a reminder once its reminder day has come, i.e. when it lies within the lead.
        LocalDate horizon = deadlines.calendar().nthWorkingDayAfter(today, leadWorkingDays);
        List<ComplaintEvent> alerts = sweep.run((after, limit) -> complaints.withDeadlinesUpTo(horizon, after, limit),
                (complaint, now) -> complaint.checkDeadlines(today, deadlines, leadWorkingDays, now));
        alerts.forEach(this::count);
        if (!alerts.isEmpty()) {
            log.info("Deadline scan for {}: {} alerts", today, alerts.size());
        }
        return alerts.size();
    }

    private void count(ComplaintEvent event) {
        if (event instanceof DeadlineMissed missed) {
            meters.counter(METRIC, "kind", missed.kind().name(), "alert", "missed").increment();
        } else if (event instanceof DeadlineApproaching approaching) {
            meters.counter(METRIC, "kind", approaching.kind().name(), "alert", "approaching").increment();
        }
    }
}
