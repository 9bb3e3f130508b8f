package nl.klachtroute.analytics.feedback.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import nl.klachtroute.analytics.feedback.FeedbackAnswer;
import nl.klachtroute.analytics.feedback.FeedbackAnswers;

/**
 * The answers in collection {@value FeedbackAnswerDocument#COLLECTION}, beside the generations of the complaint
 * facts: a rebuild neither reads nor drops it.
 */
public class MongoFeedbackAnswers implements FeedbackAnswers {

    public static final String COLLECTION = FeedbackAnswerDocument.COLLECTION;
    private final MongoOperations mongo;

    public MongoFeedbackAnswers(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** An upsert by feedback id that replaces the whole document: the same answer again writes the same values. */
    @Override
    public void store(FeedbackAnswer answer) {
        FeedbackAnswerDocument document = FeedbackAnswerDocument.of(answer);
        mongo.findAndReplace(Query.query(where("_id").is(document.id())), document,
                FindAndReplaceOptions.options().upsert(), COLLECTION);
    }

    @Override
    public List<FeedbackAnswer> answeredBetween(LocalDate from, LocalDate to) {
        Criteria answered = where(FeedbackAnswerDocument.ANSWERED_ON).exists(true);
        if (from != null) {
            answered = answered.gte(from);
        }
        if (to != null) {
            answered = answered.lte(to);
        }
        return find(Query.query(answered));
    }

    @Override
    public List<FeedbackAnswer> ofComplaints(Collection<String> complaintIds) {
        return complaintIds.isEmpty() ? List.of()
                : find(Query.query(where(FeedbackAnswerDocument.COMPLAINT_ID).in(complaintIds)));
    }

    private List<FeedbackAnswer> find(Query query) {
        return mongo.find(query, FeedbackAnswerDocument.class, COLLECTION).stream()
                .map(FeedbackAnswerDocument::toAnswer).toList();
    }

    /** The figures select answers by day and, for the response rate, by complaint. */
    public void createIndexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on(FeedbackAnswerDocument.ANSWERED_ON, Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on(FeedbackAnswerDocument.COMPLAINT_ID, Sort.Direction.ASC));
    }
}
