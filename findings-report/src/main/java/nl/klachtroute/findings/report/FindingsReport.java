package nl.klachtroute.findings.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.findings.FindingsEvent;
import nl.klachtroute.events.findings.FindingsReportAccepted;
import nl.klachtroute.events.findings.FindingsReportAssigned;
import nl.klachtroute.events.findings.FindingsReportDeadlineApproaching;
import nl.klachtroute.events.findings.FindingsReportDeadlineMissed;
import nl.klachtroute.events.findings.FindingsReportOpened;
import nl.klachtroute.events.findings.FindingsReportReturned;
import nl.klachtroute.events.findings.FindingsReportShared;
import nl.klachtroute.events.findings.FindingsReportSubmitted;
import nl.klachtroute.events.findings.HearingHeld;
import nl.klachtroute.support.problem.IllegalTransitionException;
import nl.klachtroute.support.problem.RuleViolationException;

/**
 * The Rapport van Bevindingen (RvB) of the route bejegening: the teammanager of the team concerned hears
 * the citizen and the employee, writes findings and proposed solutions and submits; SIS analyses it
 * critically (four-eyes: never its author) and accepts or returns it; once accepted it is shared with
 * the employee concerned.
 * <p>
 * Every command checks the {@link ReportStatus} table, changes the state and returns the events it
 * caused; an illegal command throws {@link IllegalTransitionException}. The aggregate knows nothing of
 * storage, Kafka or who is signed in: access rules are the application's.
 * <p>
 * The teammanager's deadline ({@code dueOn}) gives at most one reminder and one "missed" event per
 * deadline: the report remembers which it gave ({@link #checkDeadline}), and that memory is saved in the
 * same write as the events, so a second scanner or a restart cannot give them again.
 * <p>
 * When the complaint's retention period has passed the report is {@linkplain #anonymise anonymised}: what
 * people said and wrote and whom it was about is erased, what counts stays, and no command is accepted any
 * more.
 */
public final class FindingsReport {

    public static final String ID_PREFIX = "R-";
    public static final int MAX_COMPANIONS = 2;
    /** Placeholder of every erased free text, so a reader sees that something was there (as intake writes it). */
    public static final String ERASED = "(verwijderd na bewaartermijn)";
    private static final String AGGREGATE = "findings report";

    private final String id;
    private final String complaintId;
    private final String department;
    private final String team;
    private final Category category;
    private List<String> employeeRefs;
    private final LocalDate requestedOn;
    private String teammanagerId;
    private final LocalDate dueOn;
    private ReportStatus status;
    private final List<Hearing> hearings;
    private Findings findings;
    private final List<Remark> remarks;
    private Step submitted;
    private Step accepted;
    private Step shared;
    private long revision;
    private LocalDate deadlineApproachingFor;
    private LocalDate deadlineMissedFor;
    private LocalDate anonymisedOn;

    private FindingsReport(Snapshot s) {
        this.id = s.id();
        this.complaintId = s.complaintId();
        this.department = s.department();
        this.team = s.team();
        this.category = s.category();
        this.employeeRefs = List.copyOf(s.employeeRefs());
        this.requestedOn = s.requestedOn();
        this.teammanagerId = s.teammanagerId();
        this.dueOn = s.dueOn();
        this.status = s.status();
        this.hearings = new ArrayList<>(s.hearings());
        this.findings = s.findings();
        this.remarks = new ArrayList<>(s.remarks());
        this.submitted = s.submitted();
        this.accepted = s.accepted();
        this.shared = s.shared();
        this.revision = s.revision();
        this.deadlineApproachingFor = s.deadlineApproachingFor();
        this.deadlineMissedFor = s.deadlineMissedFor();
        this.anonymisedOn = s.anonymisedOn();
    }

    /** The report id is derived from the complaint, so a redelivered request cannot open a second report. */
    public static String idFor(String complaintId) {
        return ID_PREFIX + complaintId;
    }

    /**
     * Opens the draft for the teammanager.
     *
     * @param employeeRefs pseudonyms of the employees complained about
     * @param teammanager  staff id of whoever writes the report
     * @param dueOn        when the teammanager should submit it
     */
    public static Opened open(String complaintId, String department, String team, Category category,
            List<String> employeeRefs, LocalDate requestedOn, String teammanager, LocalDate dueOn) {
        requireText(complaintId, "complaintId");
        requireText(department, "department");
        requireText(team, "team");
        requireText(teammanager, "teammanagerId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(requestedOn, "requestedOn");
        Objects.requireNonNull(dueOn, "dueOn");
        if (dueOn.isBefore(requestedOn)) {
            throw new IllegalArgumentException("A report cannot be due before it was requested");
        }
        FindingsReport report = new FindingsReport(new Snapshot(idFor(complaintId), complaintId, department, team,
                category, employeeRefs == null ? List.of() : employeeRefs, requestedOn, teammanager, dueOn,
                ReportStatus.DRAFT, List.of(), null, List.of(), null, null, null, 1, null, null, null));
        return new Opened(report,
                new FindingsReportOpened(report.id, department, team, teammanager, dueOn));
    }

    public static FindingsReport restore(Snapshot snapshot) {
        return new FindingsReport(snapshot);
    }

    /**
     * Records a hearing. A request that carries the key of a hearing already recorded changes nothing,
     * so a client may safely retry.
     */
    public List<FindingsEvent> recordHearing(Hearing hearing) {
        if (hearing.requestKey() != null
                && hearings.stream().anyMatch(h -> hearing.requestKey().equals(h.requestKey()))) {
            return List.of();
        }
        ReportStatus next = guard(ReportCommand.RECORD_HEARING);
        Objects.requireNonNull(hearing.party(), "party");
        Objects.requireNonNull(hearing.heldOn(), "heldOn");
        requireText(hearing.recordedBy(), "recordedBy");
        if (hearing.companions() < 0 || hearing.companions() > MAX_COMPANIONS) {
            throw new RuleViolationException("too-many-companions", "companions",
                    "Someone heard may bring one or two people, not " + hearing.companions());
        }
        if (hearing.heldOn().isAfter(hearing.recordedOn())) {
            throw new RuleViolationException("hearing-in-future", "heldOn",
                    "A hearing can only be recorded once it has taken place");
        }
        if (isBlank(hearing.record())) {
            throw new RuleViolationException("hearing-record-missing", "record",
                    "Every hearing needs a written record");
        }
        hearings.add(hearing);
        moveTo(next);
        return List.of(new HearingHeld(id, hearing.party(), hearing.heldOn(), hearing.companions()));
    }

    /** Writes (or rewrites) the findings; no event: only the submission is a fact for the route. */
    public List<FindingsEvent> writeFindings(Findings written) {
        ReportStatus next = guard(ReportCommand.WRITE_FINDINGS);
        if (isBlank(written.findings())) {
            throw new RuleViolationException("findings-missing", "findings", "Findings cannot be empty");
        }
        requireText(written.writtenBy(), "writtenBy");
        findings = written;
        moveTo(next);
        return List.of();
    }

    /**
     * Hands the report to SIS. A first submission after the due day that no scan has reported yet also
     * states the missed deadline, so a late report is always counted as late, exactly once.
     */
    public List<FindingsEvent> submit(String by, LocalDate on) {
        ReportStatus next = guard(ReportCommand.SUBMIT);
        if (findings == null) {
            throw new RuleViolationException("findings-missing", "findings",
                    "Write the findings before submitting the report");
        }
        List<FindingsEvent> events = new ArrayList<>();
        if (status.awaitsFirstSubmission() && on.isAfter(dueOn) && !dueOn.equals(deadlineMissedFor)) {
            deadlineMissedFor = dueOn;
            events.add(new FindingsReportDeadlineMissed(id, dueOn, teammanagerId));
        }
        submitted = new Step(by, on);
        moveTo(next);
        events.add(new FindingsReportSubmitted(id, on));
        return List.copyOf(events);
    }

    /** SIS's critical analysis ends in acceptance; never by an author of the report (four-eyes). */
    public List<FindingsEvent> accept(String by, LocalDate on) {
        ReportStatus next = guard(ReportCommand.ACCEPT);
        requireFourEyes(by);
        accepted = new Step(by, on);
        moveTo(next);
        return List.of(new FindingsReportAccepted(id, on));
    }

    /** SIS sends the report back with remarks; the teammanager works on it and submits again. */
    public List<FindingsEvent> returnWithRemarks(String by, LocalDate on, String remarkText) {
        ReportStatus next = guard(ReportCommand.RETURN);
        requireFourEyes(by);
        if (isBlank(remarkText)) {
            throw new RuleViolationException("remarks-missing", "remarks", "Say why the report goes back");
        }
        remarks.add(new Remark(remarkText, by, on));
        moveTo(next);
        return List.of(new FindingsReportReturned(id, on));
    }

    /** Shares the accepted report with the employee concerned (Awb 9:9, AVG art. 15). */
    public List<FindingsEvent> share(String by, LocalDate on) {
        ReportStatus next = guard(ReportCommand.SHARE);
        shared = new Step(by, on);
        moveTo(next);
        return List.of(new FindingsReportShared(id, on));
    }

    /**
     * Gives the report to another teammanager, for instance when the first is absent. Never to someone the
     * report is about (Awb 9:7 in spirit), nor to someone who already analysed it for SIS (four-eyes).
     * Reassigning to the current assignee changes nothing, so a retried request is harmless.
     *
     * @param teammanager    staff id of the new assignee
     * @param teammanagerRef their pseudonym as an employee, to recognise an involved person
     */
    public List<FindingsEvent> reassign(String teammanager, String teammanagerRef) {
        ReportStatus next = guard(ReportCommand.REASSIGN);
        requireText(teammanager, "teammanagerId");
        if (teammanager.equals(teammanagerId)) {
            return List.of();
        }
        if (isAbout(teammanagerRef)) {
            throw new RuleViolationException("involved-assignee", "teammanagerId",
                    "The report cannot go to someone it is about");
        }
        if (remarks.stream().anyMatch(r -> teammanager.equals(r.by()))
                || (accepted != null && teammanager.equals(accepted.by()))) {
            throw new RuleViolationException("four-eyes", "teammanagerId",
                    "Someone who analysed the report for SIS cannot write it");
        }
        String previous = teammanagerId;
        teammanagerId = teammanager;
        moveTo(next);
        return List.of(new FindingsReportAssigned(id, teammanager, previous));
    }

    /**
     * The deadline events due on {@code today}: a reminder from {@code reminderWorkingDays} working days
     * before the due day, "missed" from the day after it, each at most once per deadline, and nothing once
     * the report was submitted. Remembering what was given is bookkeeping, not a change of the report:
     * the revision (and so the client's If-Match) stays.
     */
    public List<FindingsEvent> checkDeadline(LocalDate today, WorkingDays workingDays, int reminderWorkingDays) {
        if (!status.awaitsFirstSubmission() || isAnonymised()) {
            return List.of();
        }
        if (today.isAfter(dueOn)) {
            if (dueOn.equals(deadlineMissedFor)) {
                return List.of();
            }
            deadlineMissedFor = dueOn;
            return List.of(new FindingsReportDeadlineMissed(id, dueOn, teammanagerId));
        }
        if (dueOn.equals(deadlineApproachingFor) || today.isBefore(workingDays.before(dueOn, reminderWorkingDays))) {
            return List.of();
        }
        deadlineApproachingFor = dueOn;
        return List.of(new FindingsReportDeadlineApproaching(id, dueOn, teammanagerId));
    }

    /**
     * The complaint's retention period has passed (DOMAIN.md: by default 5 years after the route ended; intake
     * says so with {@code ComplaintAnonymised}): every free text is replaced by {@link #ERASED} (hearing records
     * and attendees, findings, proposed solutions, SIS's remarks), the pseudonyms of the employees the report is
     * about are removed, and so are the clients' idempotency keys (free text they chose). What counts stays:
     * status, department, team, category, the dates of every step, the parties heard and how many companions
     * they brought, and the staff ids of the officials who did each step, as intake keeps its handlers' and as
     * the access trail keeps them anyway. The revision moves once, so a copy read before is recognisably old.
     * <p>
     * No event: the complaint topic already told every service, and the findings catalogue has none for it.
     * Anonymising again changes nothing, and an anonymised report accepts no command ({@code anonymised}, 422).
     *
     * @param on the day this service erased it
     */
    public List<FindingsEvent> anonymise(LocalDate on) {
        Objects.requireNonNull(on, "on");
        if (isAnonymised()) {
            return List.of();
        }
        employeeRefs = List.of();
        hearings.replaceAll(h -> new Hearing(h.party(), h.heldOn(), h.companions(), erased(h.attendedBy()),
                erased(h.record()), h.recordedBy(), h.recordedOn(), null));
        if (findings != null) {
            findings = new Findings(erased(findings.findings()), erased(findings.proposedSolutions()),
                    findings.writtenBy(), findings.writtenOn());
        }
        remarks.replaceAll(r -> new Remark(erased(r.text()), r.by(), r.on()));
        anonymisedOn = on;
        revision++;
        return List.of();
    }

    public boolean isAnonymised() {
        return anonymisedOn != null;
    }

    private static String erased(String text) {
        return text == null ? null : ERASED;
    }

    /** Whoever wrote any part of the report; none of them may do SIS's critical analysis. */
    public Set<String> authors() {
        Set<String> authors = new LinkedHashSet<>();
        authors.add(teammanagerId);
        hearings.forEach(h -> authors.add(h.recordedBy()));
        if (findings != null) {
            authors.add(findings.writtenBy());
        }
        if (submitted != null) {
            authors.add(submitted.by());
        }
        return authors;
    }

    /** Whether the report is about the employee with this pseudonym. */
    public boolean isAbout(String employeeRef) {
        return employeeRef != null && employeeRefs.contains(employeeRef);
    }

    private ReportStatus guard(ReportCommand command) {
        if (isAnonymised()) {
            throw new RuleViolationException("anonymised", null, "Cannot " + command.verb()
                    + " a report that was anonymised on " + anonymisedOn + " after the complaint's retention period");
        }
        return status.after(command)
                .orElseThrow(() -> new IllegalTransitionException(AGGREGATE, status, command.verb()));
    }

    private void requireFourEyes(String by) {
        if (authors().contains(by)) {
            throw new RuleViolationException("four-eyes", null,
                    "The critical analysis must be done by someone who did not write the report");
        }
    }

    private void moveTo(ReportStatus next) {
        status = next;
        revision++;
    }

    private static void requireText(String value, String field) {
        if (isBlank(value)) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public Snapshot snapshot() {
        return new Snapshot(id, complaintId, department, team, category, employeeRefs, requestedOn, teammanagerId,
                dueOn, status, List.copyOf(hearings), findings, List.copyOf(remarks), submitted, accepted, shared,
                revision, deadlineApproachingFor, deadlineMissedFor, anonymisedOn);
    }

    public String id() {
        return id;
    }

    public String complaintId() {
        return complaintId;
    }

    public String department() {
        return department;
    }

    public String team() {
        return team;
    }

    public Category category() {
        return category;
    }

    public List<String> employeeRefs() {
        return employeeRefs;
    }

    public LocalDate requestedOn() {
        return requestedOn;
    }

    public String teammanagerId() {
        return teammanagerId;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public ReportStatus status() {
        return status;
    }

    public List<Hearing> hearings() {
        return List.copyOf(hearings);
    }

    /** @return the findings, or null while none are written */
    public Findings findings() {
        return findings;
    }

    public List<Remark> remarks() {
        return List.copyOf(remarks);
    }

    public Step submitted() {
        return submitted;
    }

    public Step accepted() {
        return accepted;
    }

    public Step shared() {
        return shared;
    }

    /** Counts the changes of the report itself, for If-Match; unlike the storage version it ignores relay bookkeeping. */
    public long revision() {
        return revision;
    }

    /** @return the due day a reminder was given for, or null */
    public LocalDate deadlineApproachingFor() {
        return deadlineApproachingFor;
    }

    /** @return the due day reported as missed, or null */
    public LocalDate deadlineMissedFor() {
        return deadlineMissedFor;
    }

    /** @return the day the report was anonymised after the complaint's retention period, or null */
    public LocalDate anonymisedOn() {
        return anonymisedOn;
    }

    /** A new report and the event that announces it. */
    public record Opened(FindingsReport report, FindingsReportOpened event) {
    }

    /**
     * The whole state, for storage and for restoring.
     *
     * @param deadlineApproachingFor the due day a reminder was given for, or null
     * @param deadlineMissedFor      the due day reported as missed, or null
     * @param anonymisedOn           the day it was anonymised after the retention period, or null
     */
    public record Snapshot(String id, String complaintId, String department, String team, Category category,
            List<String> employeeRefs, LocalDate requestedOn, String teammanagerId, LocalDate dueOn,
            ReportStatus status, List<Hearing> hearings, Findings findings, List<Remark> remarks, Step submitted,
            Step accepted, Step shared, long revision, LocalDate deadlineApproachingFor,
            LocalDate deadlineMissedFor, LocalDate anonymisedOn) {

        public Snapshot {
            employeeRefs = employeeRefs == null ? List.of() : List.copyOf(employeeRefs);
            hearings = hearings == null ? List.of() : List.copyOf(hearings);
            remarks = remarks == null ? List.of() : List.copyOf(remarks);
        }
    }
}
