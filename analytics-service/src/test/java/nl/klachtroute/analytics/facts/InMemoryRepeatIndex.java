package nl.klachtroute.analytics.facts;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/** Repeat chains in sorted sets, for tests without a store. */
public final class InMemoryRepeatIndex implements RepeatIndex {

    private final Map<String, TreeSet<String>> chains = new HashMap<>();

    @Override
    public void add(Chain chain, String key, String member) {
        chains.computeIfAbsent(chain + ":" + key, k -> new TreeSet<>()).add(member);
    }

    @Override
    public void remove(Chain chain, String key, String member) {
        chains.getOrDefault(chain + ":" + key, new TreeSet<>()).remove(member);
    }

    @Override
    public Neighbours neighbours(Chain chain, String key, String member) {
        TreeSet<String> members = chains.getOrDefault(chain + ":" + key, new TreeSet<>());
        return new Neighbours(members.lower(member), members.higher(member));
    }
}
