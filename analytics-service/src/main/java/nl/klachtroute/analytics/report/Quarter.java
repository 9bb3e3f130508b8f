package nl.klachtroute.analytics.report;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.klachtroute.support.problem.RuleViolationException;

/** A calendar quarter, labelled {@code 2026-Q2} as in the ombudsman's table; orders chronologically. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A year has quarters 1 to 4, not " + number);
        }
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** @param field the request parameter, for the problem when the label is not a quarter */
    public static Quarter parse(String label, String field) {
        Matcher matcher = LABEL.matcher(label == null ? "" : label.strip());
        if (!matcher.matches()) {
            throw new RuleViolationException("invalid-quarter", field, "'" + field + "' must be a quarter like 2026-Q2");
        }
        return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, number * 3 - 2, 1);
    }

    public LocalDate lastDay() {
        return next().firstDay().minusDays(1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    /** Dutch, as in the ombudsman's reports: {@code 2e kwartaal 2026}. */
    public String dutchName() {
        return number + "e kwartaal " + year;
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
