package nl.klachtroute.analytics.cube.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import nl.klachtroute.analytics.cube.CellId;
import nl.klachtroute.analytics.cube.CubeProjection;
import nl.klachtroute.analytics.cube.Tally;
import nl.klachtroute.analytics.facts.ComplaintFact;
import nl.klachtroute.analytics.facts.RepeatChains;
import nl.klachtroute.analytics.facts.RepeatIndex;
import nl.klachtroute.analytics.facts.persistence.ComplaintFactDocument;
import nl.klachtroute.analytics.facts.persistence.FactCollections;
import nl.klachtroute.analytics.facts.persistence.MongoRepeatIndex;

/**
 * Derives the repeat chains, the repeat flags and the cube of one generation of facts from scratch, in streaming
 * passes with bulk writes and bounded memory: after the first pass of a rebuild (no one else writes the new
 * generation yet), and at start-up when the active generation has no complete cube (facts stored before the cube
 * existed). No consumer may write the generation meanwhile.
 */
public class CubeDerivation {

    private static final Logger log = LoggerFactory.getLogger(CubeDerivation.class);
    private static final int BATCH = 1000;
    /** Cells summed in memory before they are written; the facts come in id order, which is mostly by year. */
    private static final int CELLS_IN_MEMORY = 20_000;
    private final MongoOperations mongo;

    public CubeDerivation(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public void derive(String facts) {
        MongoComplaintCube cube = new MongoComplaintCube(mongo, () -> FactCollections.cubeOf(facts));
        String repeats = FactCollections.repeatsOf(facts);
        cube.drop();
        FactCollections.dropIfExists(mongo, repeats);
        mongo.updateMulti(new Query(), new Update().set(ComplaintFactDocument.REPEATS,
                new Document("bySameComplainant", false).append("bySameTeamAndCategory", false)), facts);
        chains(facts, repeats);
        flags(facts, repeats);
        long counted = cells(facts, cube);
        cube.markComplete();
        log.info("Derived the cube of {}: {} registered complaints", facts, counted);
    }

    /** Every registered fact joins its chains. */
    private void chains(String facts, String repeats) {
        Map<String, List<String>> members = new HashMap<>();
        try (Stream<ComplaintFactDocument> all = mongo.stream(new Query(), ComplaintFactDocument.class, facts)) {
            all.map(ComplaintFactDocument::toFact).forEach(fact -> {
                for (RepeatIndex.Chain chain : RepeatIndex.Chain.values()) {
                    String key = RepeatChains.key(chain, fact);
                    if (key != null) {
                        String member = RepeatChains.member(fact);
                        members.computeIfAbsent(MongoRepeatIndex.documentId(chain, key, member), id -> new ArrayList<>())
                                .add(member);
                    }
                }
                if (members.size() >= BATCH) {
                    writeMembers(repeats, members);
                }
            });
        }
        writeMembers(repeats, members);
    }

    private void writeMembers(String repeats, Map<String, List<String>> members) {
        if (members.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, repeats);
        members.forEach((id, added) -> bulk.upsert(Query.query(Criteria.where("_id").is(id)),
                new Update().addToSet(MongoRepeatIndex.MEMBERS).each(added.toArray())));
        bulk.execute();
        members.clear();
    }

    /** A member is a repeat when its predecessor in the chain lies within 12 months. */
    private void flags(String facts, String repeats) {
        Map<String, TreeMap<String, String>> monthsByTeamAndCategory = new HashMap<>();
        Map<String, List<String>> flagged = new HashMap<>();
        try (Stream<Document> all = mongo.stream(new Query(), Document.class, repeats)) {
            all.forEach(document -> {
                String id = document.getString("_id");
                if (id.startsWith("c|")) {
                    flag(sorted(document), "repeats.bySameComplainant", flagged, facts, null);
                } else {
                    int month = id.lastIndexOf('|');
                    monthsByTeamAndCategory.computeIfAbsent(id.substring(0, month), k -> new TreeMap<>())
                            .put(id.substring(month + 1), id);
                }
            });
        }
        for (TreeMap<String, String> months : monthsByTeamAndCategory.values()) {
            List<String> ids = new ArrayList<>(months.values());
            String previous = null;
            for (int from = 0; from < ids.size(); from += 24) {
                Map<String, Document> documents = new HashMap<>();
                mongo.find(Query.query(Criteria.where("_id").in(ids.subList(from, Math.min(ids.size(), from + 24)))),
                        Document.class, repeats).forEach(document -> documents.put(document.getString("_id"), document));
                for (String id : ids.subList(from, Math.min(ids.size(), from + 24))) {
                    List<String> members = sorted(documents.get(id));
                    previous = flag(members, "repeats.bySameTeamAndCategory", flagged, facts, previous);
                }
            }
        }
        writeFlags(facts, flagged);
    }

    private static List<String> sorted(Document document) {
        List<String> members = new ArrayList<>(document == null ? List.of()
                : document.getList(MongoRepeatIndex.MEMBERS, String.class, List.of()));
        members.sort(null);
        return members;
    }

    /** @return the last member, the predecessor of the chain's next one */
    private String flag(List<String> members, String field, Map<String, List<String>> flagged, String facts,
            String previous) {
        String before = previous;
        for (String member : members) {
            if (RepeatChains.withinWindow(before, member)) {
                flagged.computeIfAbsent(RepeatChains.complaintOf(member), id -> new ArrayList<>()).add(field);
                if (flagged.size() >= BATCH) {
                    writeFlags(facts, flagged);
                }
            }
            before = member;
        }
        return before;
    }

    private void writeFlags(String facts, Map<String, List<String>> flagged) {
        if (flagged.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, facts);
        flagged.forEach((complaintId, fields) -> {
            Update update = new Update();
            fields.forEach(field -> update.set(field, true));
            bulk.updateOne(Query.query(Criteria.where("_id").is(complaintId)), update);
        });
        bulk.execute();
        flagged.clear();
    }

    /** @return how many registered facts were counted */
    private long cells(String facts, MongoComplaintCube cube) {
        Map<CellId, Tally> cells = new HashMap<>();
        long counted = 0;
        try (Stream<ComplaintFactDocument> all = mongo.stream(new Query(), ComplaintFactDocument.class, facts)) {
            for (ComplaintFact fact : (Iterable<ComplaintFact>) all.map(ComplaintFactDocument::toFact)::iterator) {
                if (!fact.registered()) {
                    continue;
                }
                counted++;
                CubeProjection.contributions(fact)
                        .forEach((cell, tally) -> cells.computeIfAbsent(cell, c -> new Tally()).add(tally, 1));
                if (cells.size() >= CELLS_IN_MEMORY) {
                    cube.add(cells);
                    cells.clear();
                }
            }
        }
        cube.add(cells);
        return counted;
    }
}
