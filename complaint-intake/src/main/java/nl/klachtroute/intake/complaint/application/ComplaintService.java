package nl.klachtroute.intake.complaint.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.complaint.ComplaintEvent;
import nl.klachtroute.intake.complaint.Complaint;
import nl.klachtroute.intake.complaint.ComplaintDeadlines;
import nl.klachtroute.intake.complaint.ComplaintNumbers;
import nl.klachtroute.intake.complaint.ComplaintRepository;
import nl.klachtroute.intake.complaint.ComplaintRepository.ComplaintPage;
import nl.klachtroute.intake.complaint.ComplaintRepository.ComplaintSearch;
import nl.klachtroute.intake.complaint.ComplaintRepository.IdempotencyKey;
import nl.klachtroute.intake.complaint.ComplaintRepository.KeyedComplaint;
import nl.klachtroute.intake.complaint.NewComplaint;
import nl.klachtroute.intake.complaint.TransitionRefused;
import nl.klachtroute.support.problem.AccessRefusedException;
import nl.klachtroute.support.problem.NotFoundException;
import nl.klachtroute.support.tracing.Correlation;
import nl.klachtroute.support.problem.RuleViolationException;
import nl.klachtroute.support.pseudonym.Pseudonymizer;
import nl.klachtroute.support.security.Role;
import nl.klachtroute.support.security.StaffDirectory;

/**
 * The use cases of the complaint case: load, let the aggregate decide, store state and events together,
 * retry on a concurrent change. Logs carry complaint numbers and staff ids only, never the citizen's details.
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
    private final StaffDirectory staff;
    private final Clock clock;
    private final MeterRegistry meters;

    public ComplaintService(ComplaintRepository complaints, ComplaintDeadlines deadlines, Pseudonymizer pseudonyms,
            StaffDirectory staff, Clock clock, ObjectProvider<MeterRegistry> meters) {
        this.complaints = complaints;
        this.deadlines = deadlines;
        this.pseudonyms = pseudonyms;
        this.staff = staff;
        this.clock = clock;
        this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
    }

    /**
     * Registers a complaint. With an idempotency key, a retry of the same request (also after a restart, or
     * on another instance) gets the complaint the first one created instead of a second complaint; the same
     * key with a different request is refused (422).
     *
     * @param idempotencyKey the client's key, or null
     */
    public Registered register(NewComplaint details, String registeredBy, String idempotencyKey) {
        IdempotencyKey key = idempotencyKey == null ? null
                : new IdempotencyKey(registeredBy + " " + idempotencyKey, fingerprint(details));
        if (key != null) {
            Optional<Complaint> earlier = earlierRegistration(key);
            if (earlier.isPresent()) {
                return new Registered(earlier.get(), true);
            }
        }
        Instant now = clock.instant();
        int year = LocalDate.ofInstant(now, Complaint.ZONE).getYear();
        String id = ComplaintNumbers.format(year, complaints.nextNumber(year));
        Complaint.Registration registration = Complaint.register(id, details, registeredBy, deadlines, pseudonyms, now);
        Complaint stored;
        try {
            stored = complaints.add(registration.complaint(), envelopes(registration.events(),
                    first -> EventEnvelope.first(id, first, SERVICE, now, Correlation.current()), now), key);
        } catch (DuplicateKeyException e) {
            // A simultaneous retry stored the same key first; its complaint is the answer (the number is lost).
            return new Registered(earlierRegistration(key).orElseThrow(() -> e), true);
        }
        meters.counter("klachtroute.complaints.registered", "route", stored.route().name(), "channel",
                stored.channel().name(), "formal", String.valueOf(stored.formality().formal())).increment();
        log.info("Registered complaint {} by {} (route {}, formal {})", id, registeredBy, stored.route(),
                stored.formality().formal());
        return new Registered(stored, false);
    }

    private Optional<Complaint> earlierRegistration(IdempotencyKey key) {
        Optional<KeyedComplaint> earlier = complaints.findByIdempotencyKey(key.key());
        if (earlier.isPresent() && !key.fingerprint().equals(earlier.get().fingerprint())) {
            throw new RuleViolationException("idempotency-key-reused", "Idempotency-Key",
                    "This Idempotency-Key was used for a different complaint (" + earlier.get().complaint().id() + ")");
        }
        return earlier.map(KeyedComplaint::complaint);
    }

    /** A registration's answer: the complaint, and whether it was created by an earlier request. */
    public record Registered(Complaint complaint, boolean replayed) {
    }

    public Complaint get(String id) {
        return complaints.find(id).orElseThrow(() -> new NotFoundException("Complaint", id));
    }

    public ComplaintPage search(ComplaintSearch search) {
        return complaints.search(search);
    }

    /** Today in Amsterdam by the service's clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Complaint.ZONE));
    }

    /**
     * Runs a handler's command on a complaint and stores what it changed with its events.
     *
     * @param acceptedRevisions the revisions the client's {@code If-Match} names, or null when it sent none
     * @param by                staff id of the signed-in handler; someone the complaint is about may not act
     */
    public Complaint execute(String id, Set<Long> acceptedRevisions, String by, Action action) {
        UUID correlation = Correlation.current();
        for (int attempt = 1;; attempt++) {
            Complaint complaint = get(id);
            if (acceptedRevisions != null && !acceptedRevisions.contains(complaint.revision())) {
                throw new StaleRevisionException(id, complaint.revision());
            }
            if (complaint.details().concerns(by)) {
                throw new AccessRefusedException("You are complained about or involved in complaint " + id
                        + " and may not act on it (Awb 9:7)");
            }
            Instant now = clock.instant();
            List<ComplaintEvent> events = action.on(complaint, new Context(now, by, deadlines));
            try {
                Complaint stored = complaints.update(complaint, envelopes(events,
                        first -> EventEnvelope.first(id, first, SERVICE, now, correlation), now));
                log.info("Complaint {} is {} after a command of {} ({} events)", id, stored.status(), by, events.size());
                return stored;
            } catch (OptimisticLockingFailureException e) {
                // With If-Match a real change by someone else shows as a new revision on the next round (412);
                // without, the command is decided again on the fresh state.
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                log.debug("Complaint {} changed meanwhile, retrying (attempt {})", id, attempt);
            }
        }
    }

    /**
     * Assigns or reassigns the handler. Besides the rules of the complaint itself (Awb 9:7), the new handler
     * must be a complaint handler when the staff directory knows them; the directory is not authoritative
     * for people it does not know (JWT sign-in), so those are taken on the caller's word.
     */
    public Complaint assignHandler(String id, Set<Long> acceptedRevisions, String by, String handlerId) {
        return execute(id, acceptedRevisions, by, (c, ctx) -> {
            // Awb 9:7 first: that someone is involved is the more important thing to tell.
            if (!c.details().concerns(handlerId)) {
                staff.find(handlerId).filter(member -> !member.has(Role.HANDLER) && !member.has(Role.ADMIN))
                        .ifPresent(member -> {
                            throw new RuleViolationException("not-a-handler", "handlerId",
                                    handlerId + " is not a complaint handler");
                        });
            }
            return c.assignHandler(handlerId, ctx.at(), ctx.by());
        });
    }

    /**
     * Records a fact from findings-report or notification-service. A fact already recorded changes nothing. A fact about a complaint
     * that has ended meanwhile (withdrawn while the report was written) is logged and dropped: there is
     * nothing left to move, and dead-lettering it would only call for an operator.
     */
    public Complaint recordFact(EventEnvelope cause, Function<Complaint, List<ComplaintEvent>> fact) {
        Instant now = clock.instant();
        for (int attempt = 1;; attempt++) {
            Complaint complaint = get(cause.complaintId());
            Complaint.Snapshot before = complaint.snapshot();
            List<ComplaintEvent> events;
            try {
                events = fact.apply(complaint);
            } catch (TransitionRefused e) {
                if (e.status().isEnded()) {
                    log.warn("Complaint {} is {}: {} ignored", complaint.id(), e.status(), cause.type());
                    return complaint;
                }
                throw e;
            }
            if (events.isEmpty() && complaint.snapshot().equals(before)) {
                return complaint; // already recorded: a re-sent fact, nothing to store
            }
            try {
                Complaint stored = complaints.update(complaint,
                        envelopes(events, first -> cause.causes(first, SERVICE, now), now));
                log.info("Complaint {} is {} after {}", stored.id(), stored.status(), cause.type());
                return stored;
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                log.debug("Complaint {} changed meanwhile, retrying (attempt {})", complaint.id(), attempt);
            }
        }
    }

    /** The first event starts (or continues) the chain; the ones after it are caused by it. */
    static List<EventEnvelope> envelopes(List<ComplaintEvent> events,
            Function<ComplaintEvent, EventEnvelope> firstEnvelope, Instant at) {
        List<EventEnvelope> envelopes = new ArrayList<>();
        for (ComplaintEvent event : events) {
            envelopes.add(envelopes.isEmpty() ? firstEnvelope.apply(event)
                    : envelopes.get(0).causes(event, SERVICE, at));
        }
        return envelopes;
    }

    /**
     * What a registration asked for, as a hash: a retry must ask for the same. Kept with the complaint, in
     * this service only.
     */
    static String fingerprint(NewComplaint d) {
        String canonical = String.join("\u001f", String.valueOf(d.receivedOn()), String.valueOf(d.channel()),
                String.valueOf(d.complainant().name()), String.valueOf(d.complainant().address()),
                String.valueOf(d.complainant().email()), String.valueOf(d.complainant().phone()),
                String.valueOf(d.conductDate()), d.department(), d.team(), String.valueOf(d.category()),
                String.valueOf(d.description()), String.join(",", d.employeesConcerned()),
                String.join(",", d.involvedStaff()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A command on a complaint, decided by the complaint itself. */
    @FunctionalInterface
    public interface Action {
        List<ComplaintEvent> on(Complaint complaint, Context context);
    }

    /**
     * What a command gets besides its own input.
     *
     * @param at        now
     * @param by        staff id of the signed-in handler
     * @param deadlines the deadline rules
     */
    public record Context(Instant at, String by, ComplaintDeadlines deadlines) {
    }
}
