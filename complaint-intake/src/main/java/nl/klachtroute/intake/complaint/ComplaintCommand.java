package nl.klachtroute.intake.complaint;

/**
 * Every command of the complaint's state machine: the handler's commands (one endpoint each, named by
 * {@link #apiName()}) and the facts from findings-report that move the route bejegening on. A refusal
 * names the command and the current state.
 */
public enum ComplaintCommand {
    REQUEST_MISSING_DETAILS("request-missing-details", "request missing details for"),
    SUPPLY_MISSING_DETAILS("supply-missing-details", "record details supplied for"),
    ACKNOWLEDGE("acknowledge", "acknowledge"),
    ASSIGN("assign", "assign a handler to"),
    CONTACT("contact", "record the first contact for"),
    ROUTE("route", "route"),
    INFORM_EMPLOYEE("inform-employee", "inform the employee concerned about"),
    REQUEST_FINDINGS_REPORT("request-findings-report", "request a findings report for"),
    HEARING("hearing", "record a hearing for"),
    WAIVE_HEARING("waive-hearing", "waive the citizen's hearing for"),
    POSTPONE("postpone", "postpone the handling of"),
    CLOSE("close", "close"),
    RESOLVE_INFORMALLY("resolve-informally", "resolve informally"),
    NOT_HANDLED("not-handled", "decide not to handle"),
    WITHDRAW("withdraw", "withdraw"),
    REFER_TO_OMBUDSMAN("refer-to-ombudsman", "refer to the ombudsman"),
    REOPEN("reopen", "reopen"),
    FINDINGS_REPORT_OPENED("FindingsReportOpened", "record an opened findings report for"),
    FINDINGS_REPORT_ASSIGNED("FindingsReportAssigned", "record a reassigned findings report for"),
    FINDINGS_HEARING_HELD("HearingHeld", "record a hearing of the findings report for"),
    FINDINGS_REPORT_SUBMITTED("FindingsReportSubmitted", "record a submitted findings report for"),
    FINDINGS_REPORT_RETURNED("FindingsReportReturned", "record a returned findings report for"),
    FINDINGS_REPORT_ACCEPTED("FindingsReportAccepted", "record an accepted findings report for"),
    FINDINGS_REPORT_SHARED("FindingsReportShared", "record a shared findings report for");

    private final String apiName;
    private final String phrase;

    ComplaintCommand(String apiName, String phrase) {
        this.apiName = apiName;
        this.phrase = phrase;
    }

    /** The endpoint ({@code /api/complaints/{id}/<apiName>}) or, for findings facts, the event type. */
    public String apiName() {
        return apiName;
    }

    /** For messages: "Cannot {phrase} a complaint that is CLOSED". */
    public String phrase() {
        return phrase;
    }
}
