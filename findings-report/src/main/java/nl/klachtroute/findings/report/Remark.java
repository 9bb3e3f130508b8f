package nl.klachtroute.findings.report;

import java.time.LocalDate;

/** SIS's remarks when it returned the report after critical analysis. Internal to SIS and the teammanager. */
public record Remark(String text, String by, LocalDate on) {
}
