package nl.klachtroute.findings.report.web;

import java.util.regex.Matcher;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.klachtroute.findings.audit.web.RequestIdFilter;
import nl.klachtroute.findings.report.application.CommandResult;
import nl.klachtroute.findings.report.application.FindingsReportService;
import nl.klachtroute.findings.report.application.NewHearing;
import nl.klachtroute.findings.report.application.ReportExport;
import nl.klachtroute.findings.report.application.ReportRead;
import nl.klachtroute.findings.report.persistence.ReportPage;
import nl.klachtroute.support.problem.RuleViolationException;
import nl.klachtroute.support.security.CurrentStaff;

/**
 * The Rapport van Bevindingen for teammanagers, SIS and the employee concerned. Reads answer with an
 * {@code ETag} (the report's revision); every change accepts {@code If-Match} with it, so two people
 * editing the same report cannot silently overwrite each other.
 */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports", description = "The Rapport van Bevindingen: read, hearings, findings, submission, SIS's "
        + "critical analysis, sharing, reassignment and the PDF export. Every read and export is in the access trail.")
class ReportController {

    static final String ID = "[A-Za-z0-9._:-]{1,100}";
    private static final java.util.regex.Pattern ETAG = java.util.regex.Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");
    private static final MediaType PDF = MediaType.APPLICATION_PDF;

    private final FindingsReportService reports;
    private final CurrentStaff currentStaff;

    ReportController(FindingsReportService reports, CurrentStaff currentStaff) {
        this.reports = reports;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a report",
            description = "Handlers: every report; teammanagers: the teams they lead; the assignee; the employee "
                    + "concerned once shared (third parties' data redacted). Every successful read appends one READ "
                    + "entry to the access trail before the content is returned. 403 also for a report that does "
                    + "not exist, except for handlers (404).")
    ResponseEntity<ReportView> read(@PathVariable @Pattern(regexp = ID) String id, HttpServletRequest request) {
        ReportRead read = reports.read(id, currentStaff.get(), RequestIdFilter.contextOf(request));
        return ResponseEntity.ok().eTag(Long.toString(read.report().revision())).body(ReportView.of(read));
    }

    @GetMapping("/{id}/export.pdf")
    @Operation(summary = "Export a report as PDF for the dossier",
            description = "Handlers (the whole report), and the employee concerned once shared (their redacted "
                    + "copy, AVG art. 15). Every page is stamped with the reader's name, the time of export and the "
                    + "request id; the export is one EXPORT entry in the access trail.")
    @ApiResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                    schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> export(@PathVariable @Pattern(regexp = ID) String id, HttpServletRequest request) {
        ReportExport export = reports.export(id, currentStaff.get(), RequestIdFilter.contextOf(request));
        return ResponseEntity.ok().contentType(PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(export.fileName()).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(export.pdf());
    }

    @GetMapping
    @Operation(summary = "List the caller's reports",
            description = "Summaries only (no content), so not a read: handlers all, teammanagers the teams they lead "
                    + "or reports assigned to them, employees the shared reports about them. Soonest due first.")
    ReportPage<ReportSummary> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return reports.list(currentStaff.get(), page, size).map(ReportSummary::of);
    }

    @PostMapping("/{id}/hearings")
    @Operation(summary = "Record a hearing (the assignee)",
            description = "A retry with the same Idempotency-Key records the hearing once.")
    ResponseEntity<CommandResult> recordHearing(@PathVariable @Pattern(regexp = ID) String id,
            @RequestHeader(name = "If-Match", required = false) @Parameter(description = "ETag as last read")
            String ifMatch,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey,
            @Valid @RequestBody Requests.RecordHearing body, HttpServletRequest request) {
        return answer(reports.recordHearing(id, currentStaff.get(), RequestIdFilter.contextOf(request),
                revision(ifMatch), new NewHearing(body.party(), body.heldOn(), body.companions(), body.attendedBy(),
                        body.record(), idempotencyKey)));
    }

    @PutMapping("/{id}/findings")
    @Operation(summary = "Write the findings and proposed solutions (the assignee)")
    ResponseEntity<CommandResult> writeFindings(@PathVariable @Pattern(regexp = ID) String id,
            @RequestHeader(name = "If-Match", required = false) @Parameter(description = "ETag as last read")
            String ifMatch,
            @Valid @RequestBody Requests.WriteFindings body, HttpServletRequest request) {
        return answer(reports.writeFindings(id, currentStaff.get(), RequestIdFilter.contextOf(request),
                revision(ifMatch), body.findings(), body.proposedSolutions()));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit the report to SIS (the assignee)",
            description = "Needs at least one hearing and written findings.")
    ResponseEntity<CommandResult> submit(@PathVariable @Pattern(regexp = ID) String id,
            @RequestHeader(name = "If-Match", required = false) @Parameter(description = "ETag as last read")
            String ifMatch, HttpServletRequest request) {
        return answer(reports.submit(id, currentStaff.get(), RequestIdFilter.contextOf(request), revision(ifMatch)));
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("hasRole('HANDLER')")
    @Operation(summary = "Accept the report after critical analysis (a handler who did not write it)")
    ResponseEntity<CommandResult> accept(@PathVariable @Pattern(regexp = ID) String id,
            @RequestHeader(name = "If-Match", required = false) @Parameter(description = "ETag as last read")
            String ifMatch, HttpServletRequest request) {
        return answer(reports.accept(id, currentStaff.get(), RequestIdFilter.contextOf(request), revision(ifMatch)));
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasRole('HANDLER')")
    @Operation(summary = "Return the report with remarks (a handler who did not write it)")
    ResponseEntity<CommandResult> returnWithRemarks(@PathVariable @Pattern(regexp = ID) String id,
            @RequestHeader(name = "If-Match", required = false) @Parameter(description = "ETag as last read")
            String ifMatch,
            @Valid @RequestBody Requests.ReturnWithRemarks body, HttpServletRequest request) {
        return answer(reports.returnWithRemarks(id, currentStaff.get(), RequestIdFilter.contextOf(request),
                revision(ifMatch), body.remarks()));
    }

    @PostMapping("/{id}/share")
    @PreAuthorize("hasRole('HANDLER')")
    @Operation(summary = "Share the accepted report with the employee concerned (a handler)")
    ResponseEntity<CommandResult> share(@PathVariable @Pattern(regexp = ID) String id,
            @RequestHeader(name = "If-Match", required = false) @Parameter(description = "ETag as last read")
            String ifMatch, HttpServletRequest request) {
        return answer(reports.share(id, currentStaff.get(), RequestIdFilter.contextOf(request), revision(ifMatch)));
    }

    @PostMapping("/{id}/reassign")
    @PreAuthorize("hasRole('HANDLER')")
    @Operation(summary = "Give the report to another teammanager (a handler)",
            description = "Until SIS accepts it. Never to someone the report is about (422 involved-assignee), only "
                    + "to a teammanager the staff directory knows (422 not-a-teammanager). Publishes "
                    + "FindingsReportAssigned; the deadline stays.")
    ResponseEntity<CommandResult> reassign(@PathVariable @Pattern(regexp = ID) String id,
            @RequestHeader(name = "If-Match", required = false) @Parameter(description = "ETag as last read")
            String ifMatch,
            @Valid @RequestBody Requests.Reassign body, HttpServletRequest request) {
        return answer(reports.reassign(id, currentStaff.get(), RequestIdFilter.contextOf(request), revision(ifMatch),
                body.teammanagerId()));
    }

    private static ResponseEntity<CommandResult> answer(CommandResult result) {
        return ResponseEntity.ok().eTag(Long.toString(result.revision())).body(result);
    }

    private static Long revision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        Matcher matcher = ETAG.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw new RuleViolationException("invalid-if-match", "If-Match",
                    "If-Match must be the ETag of the report as last read");
        }
        return Long.parseLong(matcher.group(1));
    }
}
