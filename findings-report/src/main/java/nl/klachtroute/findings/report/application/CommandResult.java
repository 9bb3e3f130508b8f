package nl.klachtroute.findings.report.application;

import nl.klachtroute.findings.report.FindingsReport;
import nl.klachtroute.findings.report.ReportStatus;

/**
 * What a command answers: where the report is now, not its content (returning the content would be a
 * read, with its own trail entry).
 */
public record CommandResult(String reportId, ReportStatus status, long revision) {

    static CommandResult of(FindingsReport report) {
        return new CommandResult(report.id(), report.status(), report.revision());
    }
}
