package nl.klachtroute.intake.complaint.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.klachtroute.intake.complaint.Complaint;
import nl.klachtroute.intake.complaint.application.ComplaintService;
import nl.klachtroute.support.security.CurrentStaff;

/**
 * One endpoint per command of the complaint's state machine. Each answers with the complaint and its
 * {@code ETag}; a command that does not fit the state is 409 (naming the state and the command), one that
 * breaks a rule of the route 422. {@code If-Match: "<revision>"} is optional: when sent and stale, 412 and
 * nothing changes; without it the command is decided on the current state, which the state machine guards.
 */
@RestController
@Tag(name = "Commands", description = "One POST per step of the route; HANDLER and ADMIN only")
@RequestMapping("/api/complaints/{id}")
@PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
class ComplaintCommandController {

    private static final String IF_MATCH = "If-Match";
    private final ComplaintService complaints;
    private final CurrentStaff currentStaff;

    ComplaintCommandController(ComplaintService complaints, CurrentStaff currentStaff) {
        this.complaints = complaints;
        this.currentStaff = currentStaff;
    }

    /** Ask the citizen for the missing name, address or description (Awb 9:4); may be repeated. */
    @Operation(summary = "Ask the citizen for the missing name, address or description (Awb 9:4); may be repeated.")
    @PostMapping("/request-missing-details")
    ResponseEntity<ComplaintView> requestMissingDetails(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return run(id, ifMatch, (c, ctx) -> c.requestMissingDetails(ctx.at(), ctx.by()));
    }

    /** The citizen supplied missing details (Awb 9:4): merged, and the formality assessed again. */
    @Operation(summary = "The citizen supplied missing details (Awb 9:4): merged, and the formality assessed again.")
    @PostMapping("/supply-missing-details")
    ResponseEntity<ComplaintView> supplyMissingDetails(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CommandRequests.SupplyMissingDetails body) {
        return run(id, ifMatch, (c, ctx) -> c.supplyMissingDetails(body.supplied(), body.description(),
                body.suppliedOn(), ctx.at(), ctx.by()));
    }

    /** The acknowledgement of receipt went out (Awb 9:6). */
    @Operation(summary = "The acknowledgement of receipt went out (Awb 9:6).")
    @PostMapping("/acknowledge")
    ResponseEntity<ComplaintView> acknowledge(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) CommandRequests.Acknowledge body) {
        return run(id, ifMatch, (c, ctx) -> c.acknowledge(body == null ? null : body.acknowledgedOn(), ctx.at(),
                ctx.by()));
    }

    /** Assign the handler, or hand the complaint over; never to someone it is about (Awb 9:7). */
    @Operation(summary = "Assign the handler, or hand the complaint over; never to someone it is about (Awb 9:7).")
    @PostMapping("/assign")
    ResponseEntity<ComplaintView> assign(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CommandRequests.Assign body) {
        Complaint complaint = complaints.assignHandler(id, Revisions.accepted(ifMatch), me(), body.handlerId());
        return answer(complaint);
    }

    /** The first contact with the citizen. */
    @Operation(summary = "The first contact with the citizen.")
    @PostMapping("/contact")
    ResponseEntity<ComplaintView> contact(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CommandRequests.Contact body) {
        return run(id, ifMatch, (c, ctx) -> c.recordContact(body.contactedOn(), body.channel(), body.summary(),
                ctx.at(), ctx.by()));
    }

    /** Start the route the category calls for: bejegening or standard. */
    @Operation(summary = "Start the route the category calls for: bejegening or standard.")
    @PostMapping("/route")
    ResponseEntity<ComplaintView> route(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return run(id, ifMatch, (c, ctx) -> c.startRoute(ctx.at(), ctx.by()));
    }

    /** The employee concerned received a copy of the complaint (Awb 9:9). */
    @Operation(summary = "The employee concerned received a copy of the complaint (Awb 9:9).")
    @PostMapping("/inform-employee")
    ResponseEntity<ComplaintView> informEmployee(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) CommandRequests.InformEmployee body) {
        return run(id, ifMatch, (c, ctx) -> c.informEmployee(body == null ? null : body.informedOn(), ctx.at(),
                ctx.by()));
    }

    /** Route bejegening: ask the teammanager for the Rapport van Bevindingen. */
    @Operation(summary = "Route bejegening: ask the teammanager for the Rapport van Bevindingen.")
    @PostMapping("/request-findings-report")
    ResponseEntity<ComplaintView> requestFindingsReport(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return run(id, ifMatch, (c, ctx) -> c.requestFindingsReport(ctx.at(), ctx.by()));
    }

    /** Standard route: record a hearing and its written record (Awb 9:10). */
    @Operation(summary = "Standard route: record a hearing and its written record (Awb 9:10).")
    @PostMapping("/hearing")
    ResponseEntity<ComplaintView> hearing(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CommandRequests.Hearing body) {
        return run(id, ifMatch, (c, ctx) -> c.recordHearing(body.party(), body.heldOn(), body.record(), ctx.at(),
                ctx.by()));
    }

    /** Skip the citizen's hearing on ground a, b or c of Awb 9:10 lid 2. */
    @Operation(summary = "Skip the citizen's hearing on ground a, b or c of Awb 9:10 lid 2.")
    @PostMapping("/waive-hearing")
    ResponseEntity<ComplaintView> waiveHearing(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CommandRequests.WaiveHearing body) {
        return run(id, ifMatch, (c, ctx) -> c.waiveHearing(body.ground(), body.reason(), body.decidedOn(), ctx.at(),
                ctx.by()));
    }

    /** Postpone the handling (Awb 9:11): once by at most 4 weeks with notices, later only with consent. */
    @Operation(summary = "Postpone the handling (Awb 9:11): once by at most 4 weeks with notices, later only with consent.")
    @PostMapping("/postpone")
    ResponseEntity<ComplaintView> postpone(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CommandRequests.Postpone body) {
        Complaint.PostponementRequest request = new Complaint.PostponementRequest(body.weeks(),
                body.citizenNotifiedOn(), body.employeeNotifiedOn(), body.citizenConsentOn());
        return run(id, ifMatch, (c, ctx) -> c.postpone(request, ctx.deadlines(), ctx.at(), ctx.by()));
    }

    /** Close with a judgement, findings, conclusions and improvement actions (Awb 9:12). */
    @Operation(summary = "Close with a judgement, findings, conclusions and improvement actions (Awb 9:12).")
    @PostMapping("/close")
    ResponseEntity<ComplaintView> close(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CommandRequests.Close body) {
        return run(id, ifMatch, (c, ctx) -> c.close(body.judgement(), body.findings(), body.conclusions(),
                body.improvementActions(), body.closedOn(), ctx.deadlines(), ctx.at(), ctx.by()));
    }

    /** Resolved to the citizen's satisfaction, with their recorded confirmation (Awb 9:5). */
    @Operation(summary = "Resolved to the citizen's satisfaction, with their recorded confirmation (Awb 9:5).")
    @PostMapping("/resolve-informally")
    ResponseEntity<ComplaintView> resolveInformally(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CommandRequests.ResolveInformally body) {
        return run(id, ifMatch, (c, ctx) -> c.resolveInformally(body.citizenConfirmedOn(), body.confirmedVia(),
                body.note(), body.resolvedOn(), ctx.at(), ctx.by()));
    }

    /** Not handled on a ground of Awb 9:8, notified within 4 weeks of receipt. */
    @Operation(summary = "Not handled on a ground of Awb 9:8, notified within 4 weeks of receipt.")
    @PostMapping("/not-handled")
    ResponseEntity<ComplaintView> notHandled(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CommandRequests.NotHandled body) {
        return run(id, ifMatch, (c, ctx) -> c.decideNotToHandle(body.ground(), body.explanation(), body.decidedOn(),
                ctx.at(), ctx.by()));
    }

    /** The citizen withdrew the complaint. */
    @Operation(summary = "The citizen withdrew the complaint.")
    @PostMapping("/withdraw")
    ResponseEntity<ComplaintView> withdraw(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) CommandRequests.Withdraw body) {
        return run(id, ifMatch, (c, ctx) -> c.withdraw(body == null ? null : body.withdrawnOn(),
                body == null ? null : body.reason(), ctx.at(), ctx.by()));
    }

    /** The citizen turned to the ombudsman: after closure or not handling, or once the term has passed. */
    @Operation(summary = "The citizen turned to the ombudsman: after closure or not handling, or once the term has passed.")
    @PostMapping("/refer-to-ombudsman")
    ResponseEntity<ComplaintView> referToOmbudsman(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return run(id, ifMatch, (c, ctx) -> c.referToOmbudsman(ctx.at(), ctx.by()));
    }

    /** Reopen an ended complaint by a recorded decision. */
    @Operation(summary = "Reopen an ended complaint by a recorded decision.")
    @PostMapping("/reopen")
    ResponseEntity<ComplaintView> reopen(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CommandRequests.Reopen body) {
        return run(id, ifMatch, (c, ctx) -> c.reopen(body.reason(), ctx.at(), ctx.by()));
    }

    /** The citizen who asked for no further contact in their feedback asked to hear about it again. */
    @Operation(summary = "The citizen who asked for no further contact in their feedback asked to hear about it again.")
    @PostMapping("/resume-contact")
    ResponseEntity<ComplaintView> resumeContact(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CommandRequests.ResumeContact body) {
        return run(id, ifMatch, (c, ctx) -> c.resumeContact(body.askedOn(), body.channel(), ctx.at(), ctx.by()));
    }

    private ResponseEntity<ComplaintView> run(String id, String ifMatch, ComplaintService.Action action) {
        return answer(complaints.execute(id, Revisions.accepted(ifMatch), me(), action));
    }

    private ResponseEntity<ComplaintView> answer(Complaint complaint) {
        return ResponseEntity.ok().eTag(Revisions.etag(complaint.revision()))
                .body(ComplaintView.of(complaint, complaints.today()));
    }

    private String me() {
        return currentStaff.get().id();
    }
}
