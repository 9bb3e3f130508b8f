package nl.klachtroute.findings.report.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.findings.FindingsEvent;
import nl.klachtroute.findings.report.FindingsReport;
import nl.klachtroute.findings.report.WorkingDays;
import nl.klachtroute.findings.report.persistence.ReportStore;
import nl.klachtroute.findings.report.persistence.StoredReport;

/**
 * One round over the teammanagers' deadlines: a reminder ({@code FindingsReportDeadlineApproaching}) and,
 * after the due day, {@code FindingsReportDeadlineMissed}, each once per deadline.
 * <p>
 * Safe with any number of instances running it at the same time: the report records which events it gave
 * in the same write as the events themselves (its outbox), and that write only succeeds on the version it
 * read. Of two instances deciding the same event, one stores it; the other's write fails, it reloads, sees
 * the record and gives nothing. A restart changes nothing either: the record is in the store.
 */
public class DeadlineScan {

    private static final Logger log = LoggerFactory.getLogger(DeadlineScan.class);

    private final ReportStore store;
    private final WorkingDays workingDays;
    private final FindingsProperties properties;
    private final Clock clock;

    public DeadlineScan(ReportStore store, WorkingDays workingDays, FindingsProperties properties, Clock clock) {
        this.store = store;
        this.workingDays = workingDays;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return how many deadline events this round gave */
    public int run() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), properties.zone());
        int lead = properties.reminderWorkingDays();
        // A report needs a reminder once its reminder day has come, i.e. when it is due within the lead.
        LocalDate horizon = lead == 0 ? today : workingDays.after(today, lead);
        int batchSize = properties.deadlineScan().batchSize();
        int given = 0;
        String after = null;
        List<StoredReport> batch;
        do {
            batch = store.awaitingFirstSubmissionDueBy(horizon, after, batchSize);
            for (StoredReport report : batch) {
                given += check(report, today, lead);
                after = report.report().id();
            }
        } while (batch.size() == batchSize);
        if (given > 0) {
            log.info("Deadline scan for {}: {} deadline events", today, given);
        }
        return given;
    }

    private int check(StoredReport loaded, LocalDate today, int lead) {
        StoredReport stored = loaded;
        for (int attempt = 1;; attempt++) {
            List<FindingsEvent> events = stored.report().checkDeadline(today, workingDays, lead);
            if (events.isEmpty()) {
                return 0;
            }
            try {
                store.update(stored, envelopes(stored.report(), events));
                return events.size();
            } catch (OptimisticLockingFailureException e) {
                String id = stored.report().id();
                if (attempt >= FindingsReportService.ATTEMPTS) {
                    log.warn("Report {} kept changing; its deadline is checked again next round", id);
                    return 0;
                }
                // Another instance, a command or the outbox relay wrote first: decide again on what it stored.
                stored = store.find(id).orElse(null);
                if (stored == null) {
                    return 0;
                }
            }
        }
    }

    private List<EventEnvelope> envelopes(FindingsReport report, List<FindingsEvent> events) {
        Instant now = clock.instant();
        UUID correlation = UUID.nameUUIDFromBytes(("deadline:" + report.id() + ":" + report.dueOn())
                .getBytes(StandardCharsets.UTF_8));
        List<EventEnvelope> envelopes = new ArrayList<>();
        for (FindingsEvent event : events) {
            envelopes.add(envelopes.isEmpty()
                    ? EventEnvelope.first(report.complaintId(), event, FindingsReportService.PRODUCER, now, correlation)
                    : envelopes.get(envelopes.size() - 1).causes(event, FindingsReportService.PRODUCER, now));
        }
        return envelopes;
    }
}
