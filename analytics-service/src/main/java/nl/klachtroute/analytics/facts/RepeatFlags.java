package nl.klachtroute.analytics.facts;

/**
 * Whether an earlier complaint within 12 months makes this one a repeat complaint (herhaalde klacht, DOMAIN.md):
 * by the same complainant (pseudonym), or about the same team and category. "Earlier" is by day of receipt, then
 * by complaint id. The projection decides the flags from the other complaints ({@link RepeatChains}).
 */
public record RepeatFlags(boolean bySameComplainant, boolean bySameTeamAndCategory) {

    public static final RepeatFlags NONE = new RepeatFlags(false, false);

    public boolean any() {
        return bySameComplainant || bySameTeamAndCategory;
    }

    boolean of(RepeatIndex.Chain chain) {
        return chain == RepeatIndex.Chain.COMPLAINANT ? bySameComplainant : bySameTeamAndCategory;
    }

    RepeatFlags with(RepeatIndex.Chain chain, boolean value) {
        return chain == RepeatIndex.Chain.COMPLAINANT ? new RepeatFlags(value, bySameTeamAndCategory)
                : new RepeatFlags(bySameComplainant, value);
    }
}
