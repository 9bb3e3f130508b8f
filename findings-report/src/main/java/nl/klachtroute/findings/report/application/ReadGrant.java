package nl.klachtroute.findings.report.application;

/** On what ground someone may see or change a report; written to the access trail as the role. */
public enum ReadGrant {
    /** SIS complaint handler: every report. */
    HANDLER,
    /** Leads the team the report is about. */
    TEAMMANAGER,
    /** Writes the report without leading the team (the fallback assignee, or the lead of an involved teammanager). */
    ASSIGNEE,
    /** The employee the report is about, once shared; sees it with third parties' data redacted. */
    EMPLOYEE;

    public boolean redactsThirdParties() {
        return this == EMPLOYEE;
    }
}
