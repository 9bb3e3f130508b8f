package nl.klachtroute.analytics.cube;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of one cell of the cube, as paths to whole numbers: a plain count ({@code n}) or one entry of a
 * breakdown ({@code e.CLOSED}, {@code a.2} = two days to acknowledgement, {@code u.2026-04-30} = not contacted
 * yet, contact deadline that day). Cells add up by adding their paths, so a change of a fact is the difference of
 * two tallies, and any set of cells sums to the tally of the complaints they hold. A path at zero counts as
 * absent.
 */
public final class Tally {

    /** received (instroom) */
    public static final String RECEIVED = "n";
    public static final String FORMAL = "f";
    /** contacted at all; those within 5 working days */
    public static final String CONTACTED = "c";
    public static final String CONTACTED_IN_TIME = "cw";
    /** not contacted, by contact deadline: due once the deadline is before today */
    public static final String UNCONTACTED_BY_DEADLINE = "u";
    /** days from receipt to acknowledgement, by number of days */
    public static final String ACKNOWLEDGEMENT_DAYS = "a";
    public static final String CLOSED = "cl";
    public static final String CLOSED_ON_TIME = "ct";
    public static final String POSTPONED = "p";
    public static final String OVERDUE = "o";
    /** days from receipt to closure with a judgement, by number of days */
    public static final String LEAD_TIME_DAYS = "l";
    public static final String ENDINGS = "e";
    public static final String JUDGEMENTS = "j";
    public static final String HEARD = "h";
    public static final String WAIVERS = "w";
    public static final String NOT_HANDLED = "nh";
    public static final String WITH_ACTIONS = "wa";
    public static final String ACTIONS = "ac";
    public static final String OMBUDSMAN = "om";
    public static final String REPEAT = "r";
    public static final String REPEAT_BY_COMPLAINANT = "rc";
    public static final String REPEAT_BY_TEAM_AND_CATEGORY = "rt";
    /** referral cells: referred complaints received in a later month than the referral, by month of receipt */
    public static final String RECEIVED_LATER = "later";

    private final TreeMap<String, Long> counts = new TreeMap<>();

    public static Tally of(Map<String, Long> counts) {
        Tally tally = new Tally();
        counts.forEach((path, count) -> tally.add(path, count));
        return tally;
    }

    /** Adds {@code count} to the path. */
    public Tally add(String path, long count) {
        if (count != 0) {
            long sum = counts.getOrDefault(path, 0L) + count;
            if (sum == 0) {
                counts.remove(path);
            } else {
                counts.put(path, sum);
            }
        }
        return this;
    }

    /** Adds one to the path when {@code when}. */
    public Tally count(String path, boolean when) {
        return when ? add(path, 1) : this;
    }

    /** Adds {@code factor} times every count of the other tally. */
    public Tally add(Tally other, long factor) {
        other.counts.forEach((path, count) -> add(path, factor * count));
        return this;
    }

    public long get(String path) {
        return counts.getOrDefault(path, 0L);
    }

    /** The entries of a breakdown by their key, without zeros. */
    public Map<String, Long> breakdown(String path) {
        Map<String, Long> entries = new TreeMap<>();
        String prefix = path + ".";
        counts.subMap(prefix, prefix + Character.MAX_VALUE).forEach((key, count) -> {
            if (count != 0) {
                entries.put(key.substring(prefix.length()), count);
            }
        });
        return entries;
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /** Every path and its count, none zero. */
    public Map<String, Long> counts() {
        return Collections.unmodifiableMap(counts);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tally tally && tally.counts.equals(counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    @Override
    public String toString() {
        return counts.toString();
    }
}
