package nl.klachtroute.notification.complaint.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import nl.klachtroute.notification.complaint.ComplaintFile;
import nl.klachtroute.notification.complaint.ComplaintFiles;

/** The complaint read model in collection {@value #COLLECTION}; each fact is one upsert of its own fields. */
@Component
class MongoComplaintFiles implements ComplaintFiles {

    static final String COLLECTION = "complaint_files";
    /** Opt-outs of further contact: feedback id to the day of the answer. */
    static final String OPT_OUTS = "noContactAnswers";
    /** Opt-outs the citizen lifted: feedback id to true. */
    static final String RESUMED = "contactResumedAnswers";
    private static final Pattern FEEDBACK_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private final MongoOperations mongo;

    MongoComplaintFiles(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<ComplaintFile> find(String complaintId) {
        return Optional.ofNullable(mongo.findById(complaintId, Document.class, COLLECTION))
                .map(d -> toFile(complaintId, d));
    }

    /**
     * One write that returns the file: a postponement processed first must not be undone by the registration,
     * so the handling deadline is only set on a file that has none (in a second write, rarely needed).
     */
    @Override
    public ComplaintFile registered(String complaintId, LocalDate receivedOn, LocalDate contactDeadline,
            LocalDate handlingDeadline) {
        Document d = mongo.findAndModify(Query.query(where("_id").is(complaintId)),
                new Update().set("receivedOn", iso(receivedOn)).set("contactDeadline", iso(contactDeadline))
                        .setOnInsert("handlingDeadline", iso(handlingDeadline)),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
        if (d != null && d.get("handlingDeadline") == null && handlingDeadline != null) {
            mongo.updateFirst(Query.query(where("_id").is(complaintId)),
                    new Update().set("handlingDeadline", iso(handlingDeadline)), COLLECTION);
            d.put("handlingDeadline", iso(handlingDeadline));
        }
        return d == null ? ComplaintFile.unknown(complaintId) : toFile(complaintId, d);
    }

    private static ComplaintFile toFile(String complaintId, Document d) {
        return new ComplaintFile(complaintId, date(d, "receivedOn"), date(d, "contactDeadline"),
                date(d, "handlingDeadline"), d.getString("handlerId"), d.getString("teammanagerId"),
                date(d, "reportDueOn"), date(d, "anonymisedOn"), noContactSince(d));
    }

    @Override
    public void handlerAssigned(String complaintId, String handlerId) {
        set(complaintId, new Update().set("handlerId", handlerId));
    }

    @Override
    public void handlingDeadlineMoved(String complaintId, LocalDate handlingDeadline) {
        set(complaintId, new Update().set("handlingDeadline", iso(handlingDeadline)));
    }

    @Override
    public void teammanagerAssigned(String complaintId, String teammanagerId, LocalDate reportDueOn) {
        Update update = new Update().set("teammanagerId", teammanagerId);
        if (reportDueOn != null) {
            update.set("reportDueOn", iso(reportDueOn));
        }
        set(complaintId, update);
    }

    @Override
    public void anonymised(String complaintId, LocalDate anonymisedOn) {
        // The first day counts: a redelivered event changes nothing.
        set(complaintId, new Update().setOnInsert("anonymisedOn", iso(anonymisedOn)));
        setIfAbsent(complaintId, "anonymisedOn", iso(anonymisedOn));
    }

    /**
     * Each opt-out and each lifting of one is a field of its own, keyed by the feedback id: both writes are single
     * sets, so they give the same file in whichever order (or however often) they arrive.
     */
    @Override
    public void noFurtherContact(String complaintId, String feedbackId, LocalDate since) {
        set(complaintId, new Update().set(OPT_OUTS + "." + key(feedbackId), iso(since)));
    }

    @Override
    public void contactResumed(String complaintId, String feedbackId) {
        set(complaintId, new Update().set(RESUMED + "." + key(feedbackId), true));
    }

    /** The first day of an opt-out not lifted since, or null. */
    private static LocalDate noContactSince(Document d) {
        Document optOuts = d.get(OPT_OUTS, Document.class);
        Document resumed = d.get(RESUMED, Document.class);
        if (optOuts == null) {
            return null;
        }
        return optOuts.entrySet().stream().filter(e -> resumed == null || !resumed.containsKey(e.getKey()))
                .map(e -> LocalDate.parse((String) e.getValue())).min(LocalDate::compareTo).orElse(null);
    }

    /** A feedback id as a field name: our ids are hex or word characters; anything else is a fault upstream. */
    private static String key(String feedbackId) {
        if (feedbackId == null || !FEEDBACK_ID.matcher(feedbackId).matches()) {
            throw new IllegalArgumentException("Not a feedback id: " + feedbackId);
        }
        return feedbackId;
    }

    /**
     * Sets the field only where it has no value yet. Read first, then written by id: a query on the id and
     * the field would make the embedded store read every complaint file. The events of one complaint are
     * handled one after the other (one partition), so nothing changes the field in between.
     */
    private void setIfAbsent(String complaintId, String field, String value) {
        Query byId = Query.query(where("_id").is(complaintId));
        byId.fields().include(field);
        Document current = mongo.findOne(byId, Document.class, COLLECTION);
        if (current != null && current.get(field) == null) {
            mongo.updateFirst(Query.query(where("_id").is(complaintId)), new Update().set(field, value), COLLECTION);
        }
    }

    private void set(String complaintId, Update update) {
        mongo.upsert(Query.query(where("_id").is(complaintId)), update, COLLECTION);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(Document d, String field) {
        String value = d.getString(field);
        return value == null ? null : LocalDate.parse(value);
    }
}
