package nl.klachtroute.findings.report.application;

import nl.klachtroute.support.problem.DomainProblem;

/** The client changed a report it last saw at an older revision (If-Match): 409, reload and try again. */
public class StaleRevisionException extends DomainProblem {

    private static final long serialVersionUID = 1L;

    public StaleRevisionException(String reportId, long expected, long actual) {
        super(Kind.PRECONDITION_FAILED, "Report " + reportId + " is at revision " + actual + ", not " + expected
                + "; reload it and try again", "If-Match");
    }

    @Override
    public String slug() {
        return "stale-revision";
    }
}
