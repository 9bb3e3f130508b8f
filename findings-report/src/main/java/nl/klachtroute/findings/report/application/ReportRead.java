package nl.klachtroute.findings.report.application;

import nl.klachtroute.findings.report.FindingsReport;

/** A report read by someone, and the ground on which they may see it (decides the redaction). */
public record ReportRead(FindingsReport report, ReadGrant grant) {
}
