package nl.klachtroute.findings.audit;

/** What someone did with a report. */
public enum AccessAction {
    /** Read the report's content through the API. */
    READ,
    /** Changed it (a hearing, findings, submission, analysis, sharing). */
    CHANGE,
    /** Took a copy out of the system (issue 4: PDF export). */
    EXPORT
}
