package nl.klachtroute.analytics.facts;

import java.time.LocalDate;
import java.time.YearMonth;

/** The reporting periods analysts count in (kwartaal, maand), as sortable labels. */
public final class Periods {

    private Periods() {
    }

    /** {@code 2026-Q2}: the label the ombudsman's quarterly table uses, and it sorts chronologically. */
    public static String quarterOf(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    /** {@code 2026-04} */
    public static String monthOf(LocalDate day) {
        return YearMonth.from(day).toString();
    }
}
