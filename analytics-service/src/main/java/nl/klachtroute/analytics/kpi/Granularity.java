package nl.klachtroute.analytics.kpi;

import java.time.LocalDate;

import nl.klachtroute.analytics.facts.Periods;

/** The reporting period a KPI row covers, labelled so labels sort chronologically. */
public enum Granularity {
    /** {@code 2026-04} */
    MONTH,
    /** {@code 2026-Q2} */
    QUARTER,
    /** {@code 2026} */
    YEAR;

    public String label(LocalDate day) {
        if (this == MONTH) {
            return Periods.monthOf(day);
        }
        return this == QUARTER ? Periods.quarterOf(day) : Integer.toString(day.getYear());
    }
}
