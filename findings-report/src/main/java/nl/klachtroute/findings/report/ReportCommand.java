package nl.klachtroute.findings.report;

/** What can be done to a report once it is open; {@link ReportStatus#after} says when. */
public enum ReportCommand {
    RECORD_HEARING("record a hearing for"),
    WRITE_FINDINGS("write findings for"),
    SUBMIT("submit"),
    ACCEPT("accept"),
    RETURN("return"),
    SHARE("share"),
    REASSIGN("reassign");

    private final String verb;

    ReportCommand(String verb) {
        this.verb = verb;
    }

    /** For error messages: "Cannot {verb} a findings report that is {state}". */
    public String verb() {
        return verb;
    }
}
