package nl.klachtroute.intake.complaint.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.complaint.ComplaintEvent;
import nl.klachtroute.events.findings.FindingsReportOpened;
import nl.klachtroute.intake.complaint.Complaint;
import nl.klachtroute.intake.complaint.ComplaintDeadlines;
import nl.klachtroute.intake.complaint.ComplaintNumbers;
import nl.klachtroute.intake.complaint.ComplaintRepository;
import nl.klachtroute.intake.complaint.ComplaintRepository.ComplaintPage;
import nl.klachtroute.intake.complaint.NewComplaint;
import nl.klachtroute.support.problem.NotFoundException;
import nl.klachtroute.support.pseudonym.Pseudonymizer;

/**
 * The use cases of the complaint case: load, let the aggregate decide, store state and events together.
 * Logs carry complaint numbers and staff ids only, never the citizen's details.
 */
@Service
public class ComplaintService {

    /** Producer name on the envelope and consumer group of this service. */
    public static final String SERVICE = "complaint-intake";
    /** The outbox relay bumps the version when it removes sent events; a few fresh tries always win. */
    static final int MAX_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(ComplaintService.class);

    private final ComplaintRepository complaints;
    private final ComplaintDeadlines deadlines;
    private final Pseudonymizer pseudonyms;
    private final Clock clock;
    private final MeterRegistry meters;

    public ComplaintService(ComplaintRepository complaints, ComplaintDeadlines deadlines, Pseudonymizer pseudonyms,
            Clock clock, ObjectProvider<MeterRegistry> meters) {
        this.complaints = complaints;
        this.deadlines = deadlines;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
        this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
    }

    public Complaint register(NewComplaint details, String registeredBy) {
        Instant now = clock.instant();
        int year = LocalDate.ofInstant(now, Complaint.ZONE).getYear();
        String id = ComplaintNumbers.format(year, complaints.nextNumber(year));
        Complaint.Registration registration = Complaint.register(id, details, registeredBy, deadlines, pseudonyms, now);
        Complaint complaint = registration.complaint();
        complaints.add(complaint, envelopes(registration.events(),
                first -> EventEnvelope.first(id, first, SERVICE, now, UUID.randomUUID()), now));
        meters.counter("klachtroute.complaints.registered", "route", complaint.route().name(), "channel",
                complaint.channel().name(), "formal", String.valueOf(complaint.formality().formal())).increment();
        log.info("Registered complaint {} by {} (route {}, formal {})", id, registeredBy, complaint.route(),
                complaint.formality().formal());
        return complaint;
    }

    public Complaint get(String id) {
        return complaints.find(id).orElseThrow(() -> new NotFoundException("Complaint", id));
    }

    public ComplaintPage newestFirst(int page, int size) {
        return complaints.newestFirst(page, size);
    }

    /** findings-report opened the draft report this complaint asked for. */
    public Complaint recordFindingsReportOpened(EventEnvelope cause, FindingsReportOpened opened) {
        Instant now = clock.instant();
        for (int attempt = 1;; attempt++) {
            Complaint complaint = get(cause.complaintId());
            Complaint.Snapshot before = complaint.snapshot();
            List<ComplaintEvent> events = complaint.recordFindingsReportOpened(opened.reportId(),
                    opened.teammanagerId(), cause.occurredAt());
            if (events.isEmpty() && complaint.snapshot().equals(before)) {
                return complaint; // already recorded: a re-sent fact, nothing to store
            }
            try {
                complaints.update(complaint, envelopes(events, first -> cause.causes(first, SERVICE, now), now));
                log.info("Complaint {} awaits findings report {} of {}", complaint.id(), opened.reportId(),
                        opened.teammanagerId());
                return complaint;
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                log.debug("Complaint {} changed meanwhile, retrying (attempt {})", complaint.id(), attempt);
            }
        }
    }

    /** The first event starts (or continues) the chain; the ones after it are caused by it. */
    private static List<EventEnvelope> envelopes(List<ComplaintEvent> events,
            Function<ComplaintEvent, EventEnvelope> firstEnvelope, Instant at) {
        List<EventEnvelope> envelopes = new ArrayList<>();
        for (ComplaintEvent event : events) {
            envelopes.add(envelopes.isEmpty() ? firstEnvelope.apply(event)
                    : envelopes.get(0).causes(event, SERVICE, at));
        }
        return envelopes;
    }
}
