package nl.klachtroute.findings.report.web;

import java.util.regex.Matcher;

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
class ReportController {

    static final String ID = "[A-Za-z0-9._:-]{1,100}";
    private static final java.util.regex.Pattern ETAG = java.util.regex.Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private final FindingsReportService reports;
    private final CurrentStaff currentStaff;

    ReportController(FindingsReportService reports, CurrentStaff currentStaff) {
        this.reports = reports;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/{id}")
    ResponseEntity<ReportView> read(@PathVariable @Pattern(regexp = ID) String id, HttpServletRequest request) {
        ReportRead read = reports.read(id, currentStaff.get(), RequestIdFilter.contextOf(request));
        return ResponseEntity.ok().eTag(Long.toString(read.report().revision())).body(ReportView.of(read));
    }

    @GetMapping
    ReportPage<ReportSummary> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return reports.list(currentStaff.get(), page, size).map(ReportSummary::of);
    }

    @PostMapping("/{id}/hearings")
    ResponseEntity<CommandResult> recordHearing(@PathVariable @Pattern(regexp = ID) String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey,
            @Valid @RequestBody Requests.RecordHearing body, HttpServletRequest request) {
        return answer(reports.recordHearing(id, currentStaff.get(), RequestIdFilter.contextOf(request),
                revision(ifMatch), new NewHearing(body.party(), body.heldOn(), body.companions(), body.attendedBy(),
                        body.record(), idempotencyKey)));
    }

    @PutMapping("/{id}/findings")
    ResponseEntity<CommandResult> writeFindings(@PathVariable @Pattern(regexp = ID) String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody Requests.WriteFindings body, HttpServletRequest request) {
        return answer(reports.writeFindings(id, currentStaff.get(), RequestIdFilter.contextOf(request),
                revision(ifMatch), body.findings(), body.proposedSolutions()));
    }

    @PostMapping("/{id}/submit")
    ResponseEntity<CommandResult> submit(@PathVariable @Pattern(regexp = ID) String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        return answer(reports.submit(id, currentStaff.get(), RequestIdFilter.contextOf(request), revision(ifMatch)));
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("hasRole('HANDLER')")
    ResponseEntity<CommandResult> accept(@PathVariable @Pattern(regexp = ID) String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        return answer(reports.accept(id, currentStaff.get(), RequestIdFilter.contextOf(request), revision(ifMatch)));
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasRole('HANDLER')")
    ResponseEntity<CommandResult> returnWithRemarks(@PathVariable @Pattern(regexp = ID) String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody Requests.ReturnWithRemarks body, HttpServletRequest request) {
        return answer(reports.returnWithRemarks(id, currentStaff.get(), RequestIdFilter.contextOf(request),
                revision(ifMatch), body.remarks()));
    }

    @PostMapping("/{id}/share")
    @PreAuthorize("hasRole('HANDLER')")
    ResponseEntity<CommandResult> share(@PathVariable @Pattern(regexp = ID) String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        return answer(reports.share(id, currentStaff.get(), RequestIdFilter.contextOf(request), revision(ifMatch)));
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
