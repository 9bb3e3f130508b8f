package nl.klachtroute.intake.complaint.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.klachtroute.events.Category;
import nl.klachtroute.intake.complaint.Complaint;
import nl.klachtroute.intake.complaint.ComplaintRepository.ComplaintSearch;
import nl.klachtroute.intake.complaint.ComplaintStatus;
import nl.klachtroute.intake.complaint.application.ComplaintService;
import nl.klachtroute.intake.complaint.application.ReadAccess;
import nl.klachtroute.intake.complaint.application.ReadAccess.Audience;
import nl.klachtroute.support.problem.AccessRefusedException;
import nl.klachtroute.support.problem.NotFoundException;
import nl.klachtroute.support.security.CurrentStaff;
import nl.klachtroute.support.security.Role;
import nl.klachtroute.support.security.StaffMember;

/**
 * The complaint case for the Klachtenteam Sociaal: register, look up, search, history. The commands are in
 * {@link ComplaintCommandController}.
 */
@RestController
@Tag(name = "Complaints", description = "Register, read, search and the history of a complaint")
@RequestMapping("/api/complaints")
@PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
class ComplaintController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private final ComplaintService complaints;
    private final CurrentStaff currentStaff;

    ComplaintController(ComplaintService complaints, CurrentStaff currentStaff) {
        this.complaints = complaints;
        this.currentStaff = currentStaff;
    }

    /**
     * Registers a complaint. With an {@code Idempotency-Key} a retried request answers with the complaint the
     * first one created (same id, same {@code Location}), never a second complaint.
     */
    @Operation(summary = "Register a complaint; a retry with the same Idempotency-Key gets the first complaint")
    @PostMapping
    ResponseEntity<ComplaintView> register(
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Size(min = 1, max = 100)
            @Pattern(regexp = "[A-Za-z0-9._:-]+") String idempotencyKey,
            @Valid @RequestBody RegisterComplaintRequest request) {
        ComplaintService.Registered registered = complaints.register(request.toNewComplaint(),
                currentStaff.get().id(), idempotencyKey);
        Complaint complaint = registered.complaint();
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(complaint.id()).toUri();
        return ResponseEntity.created(location).eTag(Revisions.etag(complaint.revision()))
                .header("Idempotent-Replayed", String.valueOf(registered.replayed()))
                .body(ComplaintView.of(complaint, complaints.today()));
    }

    /**
     * One complaint, as much of it as the reader may see ({@link ReadAccess}). Whether a complaint exists is
     * told only to handlers: others get 403 for an unknown id too, so they cannot probe.
     */
    @Operation(summary = "One complaint, as much as the reader may see (handler, teammanager of the team, employee concerned)")
    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN', 'TEAMMANAGER', 'EMPLOYEE')")
    ResponseEntity<ComplaintView> get(@PathVariable String id, WebRequest request) {
        StaffMember reader = currentStaff.get();
        Complaint complaint;
        try {
            complaint = complaints.get(id);
        } catch (NotFoundException e) {
            if (reader.has(Role.HANDLER) || reader.has(Role.ADMIN)) {
                throw e;
            }
            throw refused();
        }
        Audience audience = ReadAccess.of(reader, complaint).orElseThrow(ComplaintController::refused);
        String etag = Revisions.etag(complaint.revision());
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag)
                .body(ComplaintView.of(complaint, audience, reader.id(), complaints.today()));
    }

    private static AccessRefusedException refused() {
        return new AccessRefusedException("You may not read this complaint");
    }

    /**
     * The complaint list with filters; every filter is optional. "My complaints due this week":
     * {@code ?handler=me&deadlineBefore=<next Monday>&sort=deadline}.
     *
     * @param handler        staff id of the handler, or {@code me}
     * @param deadlineBefore the next deadline (contact until contacted, then handling) is before this day
     * @param overdue        true: the next deadline has passed; false: it has not (or the complaint ended)
     * @param sort           {@code newest} (registration, default) or {@code deadline} (soonest first)
     */
    @Operation(summary = "Search with filters and paging, e.g. ?handler=me&deadlineBefore=2026-03-16&sort=deadline")
    @GetMapping
    ComplaintSummary.Page search(@RequestParam(required = false) ComplaintStatus status,
            @RequestParam(required = false) @Size(max = 64) String handler,
            @RequestParam(required = false) @Size(max = 100) String department,
            @RequestParam(required = false) @Size(max = 100) String team,
            @RequestParam(required = false) Category category,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineBefore,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(defaultValue = "newest") @Pattern(regexp = "(?i)newest|deadline") String sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        String handlerId = "me".equalsIgnoreCase(handler) ? currentStaff.get().id() : handler;
        LocalDate today = complaints.today();
        ComplaintSearch.Sort order = ComplaintSearch.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
        return ComplaintSummary.Page.of(complaints.search(new ComplaintSearch(status, handlerId, department, team,
                category, deadlineBefore, overdue, today, order, page, size)), today);
    }

    /** Who did what when: every step of the complaint, with staff ids and no citizen's data. */
    @Operation(summary = "Who did what when: the history of a complaint (handlers)")
    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable String id) {
        return complaints.get(id).timeline().stream().map(HistoryEntry::of).toList();
    }
}
