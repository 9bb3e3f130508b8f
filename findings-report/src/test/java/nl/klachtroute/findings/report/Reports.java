package nl.klachtroute.findings.report;

import java.time.LocalDate;
import java.util.List;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.HearingParty;

/** Object mother: fictional reports in every state of their life. */
public final class Reports {

    public static final String COMPLAINT_ID = "K-2026-000500";
    public static final String TEAMMANAGER = "tm.jansen";
    public static final String OTHER_TEAMMANAGER = "tm.devos";
    public static final String HANDLER = "h.devries";
    public static final String EMPLOYEE_REF = "emp_fictional_0001";
    /** Friday 8 May 2026. */
    public static final LocalDate REQUESTED = LocalDate.of(2026, 5, 8);
    public static final LocalDate TODAY = LocalDate.of(2026, 5, 14);
    /** Ten working days after {@link #REQUESTED}. */
    public static final LocalDate DUE = LocalDate.of(2026, 5, 22);

    private Reports() {
    }

    public static FindingsReport.Opened opened() {
        return FindingsReport.open(COMPLAINT_ID, "Activering", "Activering Noord", Category.BEJEGENING,
                List.of(EMPLOYEE_REF), REQUESTED, TEAMMANAGER, DUE);
    }

    public static Hearing citizenHearing(String requestKey) {
        return new Hearing(HearingParty.CITIZEN, LocalDate.of(2026, 5, 12), 1, "Klager, cliëntondersteuner, tm",
                "Gesprek over de bejegening aan de balie; excuses aangeboden.", TEAMMANAGER, TODAY, requestKey);
    }

    public static Findings findings() {
        return new Findings("Het gesprek verliep onprettig; de medewerker erkent dit.",
                "Kennismakingsgesprek met teammanager en medewerker.", TEAMMANAGER, TODAY);
    }

    /** A report brought to the given state through its own commands. */
    public static FindingsReport in(ReportStatus status) {
        FindingsReport report = opened().report();
        if (status == ReportStatus.DRAFT) {
            return report;
        }
        report.recordHearing(citizenHearing(null));
        report.writeFindings(findings());
        if (status == ReportStatus.HEARINGS_RECORDED) {
            return report;
        }
        report.submit(TEAMMANAGER, TODAY);
        switch (status) {
            case SUBMITTED:
                return report;
            case RETURNED:
                report.returnWithRemarks(HANDLER, TODAY, "Graag ook het gesprek met de medewerker vastleggen.");
                return report;
            case ACCEPTED:
                report.accept(HANDLER, TODAY);
                return report;
            case SHARED:
                report.accept(HANDLER, TODAY);
                report.share(HANDLER, TODAY);
                return report;
            default:
                throw new IllegalArgumentException(status.name());
        }
    }
}
