package nl.klachtroute.analytics.facts;

/**
 * The registered complaints of each repeat chain (a complainant's pseudonym, or a team and category), as
 * {@link RepeatChains#member members} that sort by day of receipt, then complaint id (port; the Mongo adapter
 * lives in {@code facts.persistence} and answers every call by {@code _id}).
 */
public interface RepeatIndex {

    /** Does nothing: for projections that keep no repeat flags. */
    RepeatIndex NONE = new RepeatIndex() {
        @Override
        public void add(Chain chain, String key, String member) {
        }

        @Override
        public void remove(Chain chain, String key, String member) {
        }

        @Override
        public Neighbours neighbours(Chain chain, String key, String member) {
            return new Neighbours(null, null);
        }
    };

    enum Chain {
        /** the same complainant (pseudonym) */
        COMPLAINANT,
        /** the same team and category */
        TEAM_AND_CATEGORY
    }

    void add(Chain chain, String key, String member);

    void remove(Chain chain, String key, String member);

    /**
     * The members just before and just after {@code member} (itself excluded), each at least as far as 12 months
     * away; null where the chain has none that near.
     */
    Neighbours neighbours(Chain chain, String key, String member);

    record Neighbours(String before, String after) {
    }
}
