package nl.klachtroute.analytics.cube;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** A period of receipt a cell covers: a year ({@code 2026}), a month ({@code 2026-04}) or a day. */
public record Bucket(Level level, LocalDate start) {

    public static Bucket of(Level level, LocalDate day) {
        return switch (level) {
            case YEAR -> new Bucket(level, day.withDayOfYear(1));
            case MONTH -> new Bucket(level, day.withDayOfMonth(1));
            case DAY -> new Bucket(level, day);
        };
    }

    public static Bucket parse(String label) {
        return switch (label.length()) {
            case 4 -> new Bucket(Level.YEAR, LocalDate.of(Integer.parseInt(label), 1, 1));
            case 7 -> new Bucket(Level.MONTH, LocalDate.parse(label + "-01"));
            default -> new Bucket(Level.DAY, LocalDate.parse(label));
        };
    }

    public LocalDate end() {
        return switch (level) {
            case YEAR -> start.with(TemporalAdjusters.lastDayOfYear());
            case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
            case DAY -> start;
        };
    }

    public String label() {
        return switch (level) {
            case YEAR -> Integer.toString(start.getYear());
            case MONTH -> start.toString().substring(0, 7);
            case DAY -> start.toString();
        };
    }

    /**
     * The fewest buckets that together cover the days from {@code from} to {@code to} exactly, none coarser than
     * {@code coarsest}: whole years, then whole months, then the days left at the edges.
     */
    public static List<Bucket> cover(LocalDate from, LocalDate to, Level coarsest) {
        List<Bucket> buckets = new ArrayList<>();
        LocalDate day = from;
        while (!day.isAfter(to)) {
            Bucket bucket = new Bucket(Level.DAY, day);
            if (coarsest == Level.YEAR && day.getDayOfYear() == 1 && !Bucket.of(Level.YEAR, day).end().isAfter(to)) {
                bucket = Bucket.of(Level.YEAR, day);
            } else if (coarsest != Level.DAY && day.getDayOfMonth() == 1
                    && !Bucket.of(Level.MONTH, day).end().isAfter(to)) {
                bucket = Bucket.of(Level.MONTH, day);
            }
            buckets.add(bucket);
            day = bucket.end().plusDays(1);
        }
        return buckets;
    }
}
