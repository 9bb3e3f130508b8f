package nl.klachtroute.analytics.facts.persistence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import nl.klachtroute.analytics.facts.RepeatChains;
import nl.klachtroute.analytics.facts.RepeatIndex;

/**
 * Repeat chains as lookup documents read and changed by {@code _id} only: a complainant's complaints in one document
 * ({@code c|<pseudonym>}, a handful), a team and category's in one document per month of receipt
 * ({@code t|<team>|<category>|2026-04}), since those run into the thousands. Members change with atomic
 * {@code $addToSet} and {@code $pull}, so concurrent consumers never lose one.
 */
public class MongoRepeatIndex implements RepeatIndex {

    public static final String MEMBERS = "m";
    private final MongoOperations mongo;
    private final Supplier<String> collection;

    /** @param collection the lookup collection (see {@link FactCollections#repeatsOf}) */
    public MongoRepeatIndex(MongoOperations mongo, Supplier<String> collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    /** The document holding the member. */
    public static String documentId(Chain chain, String key, String member) {
        return chain == Chain.COMPLAINANT ? "c|" + key
                : "t|" + key + "|" + YearMonth.from(RepeatChains.dayOf(member));
    }

    @Override
    public void add(Chain chain, String key, String member) {
        mongo.upsert(byId(documentId(chain, key, member)), new Update().addToSet(MEMBERS, member), collection.get());
    }

    @Override
    public void remove(Chain chain, String key, String member) {
        mongo.updateFirst(byId(documentId(chain, key, member)), new Update().pull(MEMBERS, member), collection.get());
    }

    @Override
    public Neighbours neighbours(Chain chain, String key, String member) {
        List<String> ids = new ArrayList<>();
        if (chain == Chain.COMPLAINANT) {
            ids.add(documentId(chain, key, member));
        } else {
            LocalDate day = RepeatChains.dayOf(member);
            YearMonth last = YearMonth.from(day.plusMonths(RepeatChains.WINDOW_MONTHS));
            for (YearMonth month = YearMonth.from(day.minusMonths(RepeatChains.WINDOW_MONTHS)); !month.isAfter(last);
                    month = month.plusMonths(1)) {
                ids.add("t|" + key + "|" + month);
            }
        }
        String before = null;
        String after = null;
        for (Document document : mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class,
                collection.get())) {
            for (String other : document.getList(MEMBERS, String.class, List.of())) {
                int order = other.compareTo(member);
                if (order < 0 && (before == null || other.compareTo(before) > 0)) {
                    before = other;
                } else if (order > 0 && (after == null || other.compareTo(after) < 0)) {
                    after = other;
                }
            }
        }
        return new Neighbours(before, after);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
