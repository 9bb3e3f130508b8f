package nl.klachtroute.analytics.cube.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import nl.klachtroute.analytics.cube.CellId;
import nl.klachtroute.analytics.cube.ComplaintCube;
import nl.klachtroute.analytics.cube.Tally;
import nl.klachtroute.analytics.cube.View;
import nl.klachtroute.analytics.facts.persistence.FactCollections;

/**
 * The cube in one collection beside its generation of facts: one small document per cell ({@code _id} = the
 * {@link CellId#id() cell id}, the tally's paths as fields, breakdowns as sub-documents), changed with {@code $inc}
 * by {@code _id}, which is atomic per document, so concurrent consumers add up. One document
 * {@value #DIRECTORY} lists the years and combinations, so a question knows the ids of the cells it needs and
 * reads them by {@code _id}: the embedded store of the local stack serves nothing else without a scan.
 */
public class MongoComplaintCube implements ComplaintCube {

    public static final String DIRECTORY = "directory";
    static final String YEARS = "years";
    static final String COMPLETE = "complete";
    /** Ids per query: the embedded store checks each document found against the whole list. */
    private static final int IDS_PER_QUERY = 100;
    private final MongoOperations mongo;
    private final Supplier<String> collection;
    /** Per collection, the years and combinations known to be in its directory already. */
    private final Map<String, Set<String>> listed = new ConcurrentHashMap<>();

    /** @param collection the cube collection (see {@code FactCollections#cubeOf}) */
    public MongoComplaintCube(MongoOperations mongo, Supplier<String> collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    @Override
    public Directory directory() {
        Document directory = mongo.findById(DIRECTORY, Document.class, collection.get());
        Set<Integer> years = new HashSet<>();
        Map<View, Set<String>> combinations = new HashMap<>();
        if (directory != null) {
            directory.getList(YEARS, Number.class, List.of()).forEach(year -> years.add(year.intValue()));
            for (View view : View.values()) {
                combinations.put(view, new HashSet<>(directory.getList(view.code(), String.class, List.of())));
            }
        }
        return new Directory(years, combinations);
    }

    /** Whether the cube was derived from its facts in full (a rebuild or the first start with a cube). */
    public boolean complete() {
        Document directory = mongo.findById(DIRECTORY, Document.class, collection.get());
        return directory != null && Boolean.TRUE.equals(directory.getBoolean(COMPLETE));
    }

    public void markComplete() {
        markComplete(collection.get(), true);
    }

    /** The collection the cube is in now (the active generation's). */
    public String collection() {
        return collection.get();
    }

    /**
     * @param complete false while changes are on their way to the cube (see {@link WriteBehindCube}): a start that
     *                 finds it so derives the cube again
     */
    void markComplete(String name, boolean complete) {
        mongo.upsert(Query.query(Criteria.where("_id").is(DIRECTORY)), new Update().set(COMPLETE, complete), name);
    }

    /** Empties the cube, for a derivation from the facts. */
    public void drop() {
        FactCollections.dropIfExists(mongo, collection.get());
        listed.remove(collection.get());
    }

    @Override
    public Map<CellId, Tally> find(Collection<CellId> cells) {
        Map<String, CellId> byId = new HashMap<>();
        cells.forEach(cell -> byId.put(cell.id(), cell));
        List<String> ids = new ArrayList<>(byId.keySet());
        Map<CellId, Tally> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            for (Document document : mongo.find(Query.query(Criteria.where("_id").in(chunk)), Document.class,
                    collection.get())) {
                found.put(byId.get(document.getString("_id")), tally(document));
            }
        }
        return found;
    }

    @Override
    public void add(Map<CellId, Tally> deltas) {
        addTo(collection.get(), deltas);
    }

    /** {@link #add} to the cube in the named collection. */
    void addTo(String name, Map<CellId, Tally> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        Set<String> known = listed.computeIfAbsent(name, n -> ConcurrentHashMap.newKeySet());
        Map<String, Set<Object>> unlisted = new HashMap<>();
        Set<String> newlyKnown = new HashSet<>();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, name);
        deltas.forEach((cell, tally) -> {
            Update update = new Update();
            tally.counts().forEach(update::inc);
            bulk.upsert(Query.query(Criteria.where("_id").is(cell.id())), update);
            String year = YEARS + "|" + cell.bucket().start().getYear();
            if (cell.view() != View.REFERRALS && !known.contains(year) && newlyKnown.add(year)) {
                unlisted.computeIfAbsent(YEARS, k -> new HashSet<>()).add(cell.bucket().start().getYear());
            }
            String combination = cell.view().code() + "|" + cell.combination();
            if (!known.contains(combination) && newlyKnown.add(combination)) {
                unlisted.computeIfAbsent(cell.view().code(), k -> new HashSet<>()).add(cell.combination());
            }
        });
        // Listed before the cells are written: a listed cell that does not exist reads as empty, an unlisted one
        // would not be read at all.
        if (!unlisted.isEmpty()) {
            Update update = new Update();
            unlisted.forEach((field, values) -> update.addToSet(field).each(values.toArray()));
            mongo.upsert(Query.query(Criteria.where("_id").is(DIRECTORY)), update, name);
            known.addAll(newlyKnown);
        }
        bulk.execute();
    }

    private static Tally tally(Document document) {
        Tally tally = new Tally();
        document.forEach((field, value) -> {
            if (value instanceof Number count) {
                tally.add(field, count.longValue());
            } else if (value instanceof Document breakdown) {
                breakdown.forEach((key, count) -> tally.add(field + "." + key, ((Number) count).longValue()));
            }
        });
        return tally;
    }
}
