package nl.klachtroute.findings.audit.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;

import nl.klachtroute.findings.audit.AccessLog;
import nl.klachtroute.findings.audit.AccessLogEntry;
import nl.klachtroute.findings.audit.ChainVerification;

/**
 * The access trail, for a handler with the privacy-officer role or an admin: who has seen report X,
 * what has person Y seen, and is the trail intact. Read-only by design; reading the trail is not a
 * read of the report, so it adds no entry.
 */
@RestController
@RequestMapping("/api")
@PreAuthorize(AccessLogController.TRAIL_READERS)
@Tag(name = "Access trail", description = "Who has seen or changed a report, and whether the hash chain is intact. "
        + "Handlers with the privacy-officer role, or admins; read-only, no API changes or deletes an entry.")
class AccessLogController {

    static final String TRAIL_READERS = "hasRole('ADMIN') or (hasRole('HANDLER') and hasRole('PRIVACY_OFFICER'))";
    static final String ID = "[A-Za-z0-9._:-]{1,100}";

    private final AccessLog accessLog;

    AccessLogController(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @GetMapping("/reports/{id}/access-log")
    @Operation(summary = "Who has seen or changed report X (oldest first)")
    ReportTrail ofReport(@PathVariable @Pattern(regexp = ID) String id) {
        return new ReportTrail(id, accessLog.entriesOf(id));
    }

    @GetMapping("/reports/{id}/access-log/verification")
    @Operation(summary = "Verify the report's hash chain; reports the first broken link")
    ChainVerification verify(@PathVariable @Pattern(regexp = ID) String id) {
        return accessLog.verify(id);
    }

    @GetMapping("/access-log")
    @Operation(summary = "What has person Y seen or changed (oldest first)")
    StaffTrail byActor(@RequestParam @Pattern(regexp = ID) String actor) {
        return new StaffTrail(actor, accessLog.entriesBy(actor));
    }

    record ReportTrail(String reportId, List<AccessLogEntry> entries) {
    }

    record StaffTrail(String actor, List<AccessLogEntry> entries) {
    }
}
