package nl.klachtroute.analytics.facts;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Decides the repeat flags when a fact joins or leaves a chain. A complaint is a repeat in a chain exactly when
 * its predecessor in the chain (ordered by day, then complaint id) lies within 12 months: an earlier one further
 * back has an even earlier day. So a fact joining or leaving a chain changes the flag of one other complaint at
 * most, its successor, whose predecessor changes.
 */
public final class RepeatChains {

    /** DOMAIN.md: a repeat complaint follows an earlier one within 12 months. */
    public static final int WINDOW_MONTHS = 12;
    private final RepeatIndex index;

    public RepeatChains(RepeatIndex index) {
        this.index = index;
    }

    /** The chain key of a fact, or null when it takes no part: unregistered, no pseudonym (anonymised), no team. */
    public static String key(RepeatIndex.Chain chain, ComplaintFact fact) {
        if (!fact.registered()) {
            return null;
        }
        Registration registration = fact.registration();
        if (chain == RepeatIndex.Chain.COMPLAINANT) {
            return registration.complainantRef();
        }
        return registration.team() == null ? null : registration.team() + "|" + registration.category();
    }

    /** {@code 2026-04-24|K-7}: sorts by day of receipt, then by complaint id, as "earlier" does. */
    public static String member(ComplaintFact fact) {
        return fact.registered() ? fact.registration().receivedOn() + "|" + fact.complaintId() : null;
    }

    public static LocalDate dayOf(String member) {
        return LocalDate.parse(member.substring(0, member.indexOf('|')));
    }

    public static String complaintOf(String member) {
        return member.substring(member.indexOf('|') + 1);
    }

    /** Whether {@code earlier} (sorting before {@code later}) makes {@code later} a repeat. */
    public static boolean withinWindow(String earlier, String later) {
        return earlier != null && !dayOf(earlier).isBefore(dayOf(later).minusMonths(WINDOW_MONTHS));
    }

    /**
     * Moves the fact in the index from where {@code before} stood to where {@code after} stands.
     *
     * @return {@code after} with its own flags, and the flags other complaints get
     */
    public Decision decide(ComplaintFact before, ComplaintFact after) {
        RepeatFlags flags = after.repeats();
        Map<String, Map<RepeatIndex.Chain, Boolean>> others = new LinkedHashMap<>();
        for (RepeatIndex.Chain chain : RepeatIndex.Chain.values()) {
            String oldKey = key(chain, before);
            String oldMember = member(before);
            String newKey = key(chain, after);
            String newMember = member(after);
            if (Objects.equals(oldKey, newKey) && Objects.equals(oldMember, newMember)) {
                flags = flags.with(chain, newKey != null && before.repeats().of(chain));
                continue;
            }
            if (oldKey != null) {
                index.remove(chain, oldKey, oldMember);
                RepeatIndex.Neighbours around = index.neighbours(chain, oldKey, oldMember);
                if (around.after() != null) {
                    others.computeIfAbsent(complaintOf(around.after()), id -> new LinkedHashMap<>())
                            .put(chain, withinWindow(around.before(), around.after()));
                }
            }
            boolean own = false;
            if (newKey != null) {
                index.add(chain, newKey, newMember);
                RepeatIndex.Neighbours around = index.neighbours(chain, newKey, newMember);
                own = withinWindow(around.before(), newMember);
                if (around.after() != null) {
                    others.computeIfAbsent(complaintOf(around.after()), id -> new LinkedHashMap<>())
                            .put(chain, withinWindow(newMember, around.after()));
                }
            }
            flags = flags.with(chain, own);
        }
        others.remove(after.complaintId());
        return new Decision(after.withRepeats(flags), others);
    }

    /**
     * @param fact   the fact with its own flags decided
     * @param others per other complaint, the flags of the chains that change for it
     */
    public record Decision(ComplaintFact fact, Map<String, Map<RepeatIndex.Chain, Boolean>> others) {

        /** {@code fact}'s flags with those of {@code changes} set. */
        public static RepeatFlags apply(RepeatFlags flags, Map<RepeatIndex.Chain, Boolean> changes) {
            RepeatFlags result = flags;
            for (Map.Entry<RepeatIndex.Chain, Boolean> change : changes.entrySet()) {
                result = result.with(change.getKey(), change.getValue());
            }
            return result;
        }
    }
}
