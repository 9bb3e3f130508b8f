package nl.klachtroute.findings.report.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.complaint.ComplaintAnonymised;
import nl.klachtroute.events.complaint.FindingsReportRequested;
import nl.klachtroute.events.findings.FindingsEvent;
import nl.klachtroute.findings.audit.AccessAction;
import nl.klachtroute.findings.audit.AccessContext;
import nl.klachtroute.findings.audit.AccessLog;
import nl.klachtroute.findings.audit.AccessLogEntry;
import nl.klachtroute.findings.report.Findings;
import nl.klachtroute.findings.report.FindingsReport;
import nl.klachtroute.findings.report.Hearing;
import nl.klachtroute.findings.report.ReportCommand;
import nl.klachtroute.findings.report.WorkingDays;
import nl.klachtroute.findings.report.persistence.ReportFilter;
import nl.klachtroute.findings.report.persistence.ReportPage;
import nl.klachtroute.findings.report.persistence.ReportStore;
import nl.klachtroute.findings.report.persistence.StoredReport;
import nl.klachtroute.support.problem.AccessRefusedException;
import nl.klachtroute.support.problem.NotFoundException;
import nl.klachtroute.support.problem.RuleViolationException;
import nl.klachtroute.support.pseudonym.Pseudonymizer;
import nl.klachtroute.support.security.Role;
import nl.klachtroute.support.security.StaffDirectory;
import nl.klachtroute.support.security.StaffMember;

/**
 * The use cases of the report: open it when a handler requests it, read it (always leaving an entry
 * in the access trail), list it, and the commands of its life. Access rules come from
 * {@link ReportAccessPolicy}; a refusal is 403, also for a report that does not exist, unless the
 * caller reads every report anyway (then 404), so nobody can probe which complaints have a report.
 */
@Service
public class FindingsReportService {

    public static final String PRODUCER = "findings-report";
    /** Attempts of a command when the relay or another writer saved the report in between. */
    static final int ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(FindingsReportService.class);

    private final ReportStore store;
    private final AccessLog accessLog;
    private final ReportAccessPolicy policy;
    private final Assignment assignment;
    private final WorkingDays workingDays;
    private final Pseudonymizer pseudonymizer;
    private final FindingsProperties properties;
    private final StaffDirectory directory;
    private final ReportRenderer renderer;
    private final Clock clock;

    FindingsReportService(ReportStore store, AccessLog accessLog, ReportAccessPolicy policy, Assignment assignment,
            WorkingDays workingDays, Pseudonymizer pseudonymizer, FindingsProperties properties,
            StaffDirectory directory, ReportRenderer renderer, Clock clock) {
        this.store = store;
        this.accessLog = accessLog;
        this.policy = policy;
        this.assignment = assignment;
        this.workingDays = workingDays;
        this.pseudonymizer = pseudonymizer;
        this.properties = properties;
        this.directory = directory;
        this.renderer = renderer;
        this.clock = clock;
    }

    /**
     * Opens the report a handler requested. The report id comes from the complaint, so the same request
     * delivered twice (or sent twice) opens one report and announces it once.
     *
     * @return whether a report was opened
     */
    public boolean open(EventEnvelope request, FindingsReportRequested requested) {
        String reportId = FindingsReport.idFor(request.complaintId());
        if (store.exists(reportId)) {
            log.info("Report {} is already open; request {} changes nothing", reportId, request.eventId());
            return false;
        }
        String assignee = assignment.assigneeFor(reportId, requested.team(), requested.employeeRefs());
        FindingsReport.Opened opened = FindingsReport.open(request.complaintId(), requested.department(),
                requested.team(), requested.category(), requested.employeeRefs(), requested.requestedOn(), assignee,
                workingDays.after(requested.requestedOn(), properties.dueWorkingDays()));
        boolean inserted = store.insert(opened.report(),
                List.of(request.causes(opened.event(), PRODUCER, clock.instant())));
        if (inserted) {
            log.info("Report {} opened, due {}", reportId, opened.report().dueOn());
        }
        return inserted;
    }

    /**
     * The complaint's retention period passed (intake's {@code ComplaintAnonymised}): erases what the report
     * holds about people and what they said, keeps what counts ({@link FindingsReport#anonymise}). A complaint
     * that never got a report has nothing here; a redelivered or repeated event changes nothing further. No
     * event goes out (the complaint topic already told everyone) and no trail entry is made: the report shows
     * the day, and the trail stays for what people did.
     *
     * @return whether a report was anonymised now
     */
    public boolean anonymise(EventEnvelope event, ComplaintAnonymised anonymised) {
        String reportId = FindingsReport.idFor(event.complaintId());
        for (int attempt = 1;; attempt++) {
            Optional<StoredReport> found = store.find(reportId);
            if (found.isEmpty()) {
                log.info("Complaint {} was anonymised and has no report here", event.complaintId());
                return false;
            }
            StoredReport stored = found.get();
            FindingsReport report = stored.report();
            long before = report.revision();
            Instant now = clock.instant();
            List<EventEnvelope> events = report.anonymise(LocalDate.ofInstant(now, properties.zone())).stream()
                    .map(caused -> event.causes(caused, PRODUCER, now)).toList();
            if (report.revision() == before) {
                log.info("Report {} was anonymised before; event {} changes nothing", reportId, event.eventId());
                return false;
            }
            try {
                store.update(stored, events);
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                continue;
            }
            log.info("Report {} anonymised: the complaint ended on {}", reportId, anonymised.endedOn());
            return true;
        }
    }

    /** Reads a report; the read is in the access trail before the content leaves the service. */
    public ReportRead read(String reportId, StaffMember who, AccessContext context) {
        Reader reader = reader(who);
        FindingsReport report = load(reportId, reader).report();
        ReadGrant grant = policy.readAs(reader, report).orElseThrow(() -> refused(reportId, reader, "read"));
        accessLog.append(reportId, reader.id(), grant.name(), AccessAction.READ, "report", context);
        return new ReportRead(report, grant);
    }

    /**
     * Exports the report as a PDF for the dossier. The export is in the trail (as {@code EXPORT}, not as a
     * read) before the document is made, and every page is stamped with the trail entry's reader, time and
     * request, so a copy found anywhere leads back to exactly one entry.
     */
    public ReportExport export(String reportId, StaffMember who, AccessContext context) {
        Reader reader = reader(who);
        FindingsReport report = load(reportId, reader).report();
        ReadGrant grant = policy.exportAs(reader, report).orElseThrow(() -> refused(reportId, reader, "export"));
        AccessLogEntry entry = accessLog.append(reportId, reader.id(), grant.name(), AccessAction.EXPORT, "pdf",
                context);
        String name = who.name() == null || who.name().isBlank() ? who.id() : who.name();
        byte[] pdf = renderer.render(new ReportRead(report, grant),
                new ExportStamp(name, who.id(), entry.at(), entry.requestId(), properties.zone()));
        log.info("Report {} exported as PDF, request {}", reportId, entry.requestId());
        return new ReportExport("Rapport-van-Bevindingen-" + reportId + ".pdf", pdf);
    }

    /** The caller's reports: all for a handler, the teams they lead for a teammanager, shared ones for an employee. */
    public ReportPage<FindingsReport> list(StaffMember who, int page, int size) {
        Reader reader = reader(who);
        ReportFilter filter;
        if (reader.has(Role.HANDLER)) {
            filter = ReportFilter.all();
        } else if (reader.has(Role.TEAMMANAGER)) {
            filter = ReportFilter.ledOrAssigned(reader.leads(), reader.id());
        } else if (reader.has(Role.EMPLOYEE)) {
            filter = ReportFilter.sharedWith(reader.employeeRef());
        } else {
            throw new AccessRefusedException("Your role gives access to no reports");
        }
        return store.page(filter, page, size);
    }

    public CommandResult recordHearing(String reportId, StaffMember who, AccessContext context, Long expectedRevision,
            NewHearing hearing) {
        return change(reportId, who, context, expectedRevision, ReportCommand.RECORD_HEARING,
                "hearing " + hearing.party(),
                (report, today) -> report.recordHearing(new Hearing(hearing.party(), hearing.heldOn(),
                        hearing.companions(), hearing.attendedBy(), hearing.record(), who.id(), today,
                        hearing.requestKey())));
    }

    public CommandResult writeFindings(String reportId, StaffMember who, AccessContext context, Long expectedRevision,
            String findings, String proposedSolutions) {
        return change(reportId, who, context, expectedRevision, ReportCommand.WRITE_FINDINGS, "findings",
                (report, today) -> report.writeFindings(new Findings(findings, proposedSolutions, who.id(), today)));
    }

    public CommandResult submit(String reportId, StaffMember who, AccessContext context, Long expectedRevision) {
        return change(reportId, who, context, expectedRevision, ReportCommand.SUBMIT, "submit",
                (report, today) -> report.submit(who.id(), today));
    }

    public CommandResult accept(String reportId, StaffMember who, AccessContext context, Long expectedRevision) {
        return change(reportId, who, context, expectedRevision, ReportCommand.ACCEPT, "accept",
                (report, today) -> report.accept(who.id(), today));
    }

    public CommandResult returnWithRemarks(String reportId, StaffMember who, AccessContext context,
            Long expectedRevision, String remarks) {
        return change(reportId, who, context, expectedRevision, ReportCommand.RETURN, "return",
                (report, today) -> report.returnWithRemarks(who.id(), today, remarks));
    }

    public CommandResult share(String reportId, StaffMember who, AccessContext context, Long expectedRevision) {
        return change(reportId, who, context, expectedRevision, ReportCommand.SHARE, "share",
                (report, today) -> report.share(who.id(), today));
    }

    /**
     * A handler gives the report to another teammanager (one the directory knows as such); the report
     * itself refuses anyone it is about. The deadline stays: the new teammanager takes over its term.
     */
    public CommandResult reassign(String reportId, StaffMember who, AccessContext context, Long expectedRevision,
            String teammanagerId) {
        return change(reportId, who, context, expectedRevision, ReportCommand.REASSIGN, "reassign to " + teammanagerId,
                (report, today) -> {
                    boolean teammanager = directory.find(teammanagerId).map(m -> m.has(Role.TEAMMANAGER))
                            .orElse(false);
                    if (!teammanager) {
                        throw new RuleViolationException("not-a-teammanager", "teammanagerId",
                                "A report can only go to a teammanager the staff directory knows");
                    }
                    return report.reassign(teammanagerId, pseudonymizer.pseudonym("employee", teammanagerId));
                });
    }

    /**
     * Loads, checks access and revision, runs the command and saves state and events in one write. When
     * the save loses against a concurrent write (the outbox relay bumps the version after publishing),
     * it starts over on fresh state; the command's own checks run again there.
     */
    private CommandResult change(String reportId, StaffMember who, AccessContext context, Long expectedRevision,
            ReportCommand command, String detail, BiFunction<FindingsReport, LocalDate, List<FindingsEvent>> action) {
        Reader reader = reader(who);
        for (int attempt = 1;; attempt++) {
            StoredReport stored = load(reportId, reader);
            FindingsReport report = stored.report();
            ReadGrant grant = policy.changeAs(reader, report, command)
                    .orElseThrow(() -> refused(reportId, reader, command.verb()));
            if (expectedRevision != null && expectedRevision != report.revision()) {
                throw new StaleRevisionException(reportId, expectedRevision, report.revision());
            }
            long before = report.revision();
            List<FindingsEvent> events = action.apply(report, today());
            if (report.revision() == before) {
                return CommandResult.of(report);
            }
            try {
                store.update(stored, envelopes(report, events, context));
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                continue;
            }
            accessLog.append(reportId, reader.id(), grant.name(), AccessAction.CHANGE, detail, context);
            return CommandResult.of(report);
        }
    }

    private StoredReport load(String reportId, Reader reader) {
        return store.find(reportId).orElseThrow(() -> policy.readsEverything(reader)
                ? new NotFoundException("Report", reportId)
                : refused(reportId, reader, "use"));
    }

    private AccessRefusedException refused(String reportId, Reader reader, String what) {
        log.info("Refused: {} may not {} report {}", reader.id(), what, reportId);
        return new AccessRefusedException("You may not " + what + " this report, or it does not exist");
    }

    private List<EventEnvelope> envelopes(FindingsReport report, List<FindingsEvent> events, AccessContext context) {
        // Events of one request share a correlation id derived from its request id.
        UUID correlation = UUID.nameUUIDFromBytes(("request:" + context.requestId()).getBytes(StandardCharsets.UTF_8));
        Instant now = clock.instant();
        List<EventEnvelope> envelopes = new ArrayList<>();
        for (FindingsEvent event : events) {
            envelopes.add(envelopes.isEmpty()
                    ? EventEnvelope.first(report.complaintId(), event, PRODUCER, now, correlation)
                    : envelopes.get(envelopes.size() - 1).causes(event, PRODUCER, now));
        }
        return envelopes;
    }

    private Reader reader(StaffMember who) {
        return new Reader(who.id(), who.roles(), who.leads(), pseudonymizer.pseudonym("employee", who.id()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), properties.zone());
    }
}
