package nl.klachtroute.notification.complaint.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.Optional;

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
                date(d, "reportDueOn"), date(d, "anonymisedOn"), date(d, "noContactSince"));
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

    @Override
    public void noFurtherContact(String complaintId, LocalDate since) {
        set(complaintId, new Update().setOnInsert("noContactSince", iso(since)));
        setIfAbsent(complaintId, "noContactSince", iso(since));
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
