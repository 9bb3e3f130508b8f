package nl.klachtroute.notification.task;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Dutch readers expect them in plain language: "woensdag 20 mei 2026". */
public final class DutchDates {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
            Locale.forLanguageTag("nl-NL"));

    private DutchDates() {
    }

    public static String longForm(LocalDate date) {
        return LONG.format(date);
    }
}
