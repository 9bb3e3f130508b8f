package nl.klachtroute.analytics.feedback.persistence;

import static nl.klachtroute.analytics.Complaints.aComplaint;
import static nl.klachtroute.analytics.feedback.CitizenAnswers.anAnswer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import nl.klachtroute.analytics.facts.ComplaintFact;
import nl.klachtroute.analytics.facts.persistence.MongoComplaintFacts;
import nl.klachtroute.analytics.feedback.FeedbackAnswer;
import nl.klachtroute.analytics.feedback.FeedbackFigures;
import nl.klachtroute.analytics.feedback.FeedbackService;
import nl.klachtroute.analytics.kpi.Ratio;
import nl.klachtroute.analytics.summary.SmallCellPolicy;
import nl.klachtroute.events.Judgement;
import nl.klachtroute.events.RespectAnswer;
import nl.klachtroute.events.complaint.ComplaintClosed;
import nl.klachtroute.events.complaint.ComplaintReopened;
import nl.klachtroute.events.complaint.ComplaintResolvedInformally;
import nl.klachtroute.support.testing.EmbeddedMongo;

/** The answers in their own collection, keyed by feedback id, and the closures read from the facts. */
class MongoFeedbackAnswersTest {

    private static final String FACTS = "complaint_facts";
    private static EmbeddedMongo store;
    private static MongoClient client;
    private static MongoTemplate mongo;
    private MongoFeedbackAnswers answers;
    private MongoComplaintFacts facts;

    @BeforeAll
    static void start() {
        store = new EmbeddedMongo();
        client = MongoClients.create(store.uri());
        mongo = new MongoTemplate(client, "analytics");
    }

    @AfterAll
    static void stop() {
        client.close();
        store.close();
    }

    @BeforeEach
    void empty() {
        mongo.getDb().drop();
        answers = new MongoFeedbackAnswers(mongo);
        facts = new MongoComplaintFacts(mongo, () -> FACTS);
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private void closed(String id, LocalDate on) {
        facts.save(ComplaintFact.unknown(id).apply(aComplaint(id).receivedOn(on.minusWeeks(6)).registered())
                .apply(new ComplaintClosed(on, Judgement.ONGEGROND, 0, false, null, true, on.plusYears(1))));
    }

    @Test
    void aRedeliveredAnswerIsStoredOnceAndCountsOnce() {
        for (int i = 0; i < 5; i++) {
            closed("K-" + i, day(3, 2));
            FeedbackAnswer answer = anAnswer("F-" + i).about("K-" + i).givenOn(day(3, 9)).satisfaction(2)
                    .respect(RespectAnswer.PARTLY).trust(3).answer();
            answers.store(answer);
            answers.store(answer); // a redelivery
            answers.store(answer); // a replay of the topic
        }

        assertThat(mongo.getCollection(MongoFeedbackAnswers.COLLECTION).countDocuments()).isEqualTo(5);
        FeedbackFigures total = new FeedbackService(answers, new MongoComplaintFactLookup(mongo, () -> FACTS),
                new SmallCellPolicy(5)).total(day(1, 1), day(6, 30));
        assertThat(total.answers()).isEqualTo(5);
        assertThat(total.meanSatisfaction()).isEqualTo(2.0);
        assertThat(total.responseRate()).isEqualTo(new Ratio(5L, 5L, 1.0, false));
        assertThat(total.unhappyFollowedUp()).isEqualTo(new Ratio(0L, 5L, 0.0, false));
    }

    @Test
    void theStoredAnswerHoldsScoresAndDaysAndNothingThatNamesAPerson() {
        answers.store(anAnswer("F-1").about("K-1").givenOn(day(3, 9)).answer());

        Document stored = mongo.getCollection(MongoFeedbackAnswers.COLLECTION).find().first();
        assertThat(stored).containsEntry("_id", "F-1").containsEntry("complaintId", "K-1")
                .containsEntry("satisfaction", 4).containsEntry("respect", "YES").containsEntry("trust", 4)
                .containsKeys("answeredOn", "wish", "noFurtherContact", "commented");
        assertThat(stored.keySet()).doesNotContain("comment", "complainantRef", "name", "email");
        assertThat(answers.ofComplaints(List.of("K-1"))).singleElement()
                .isEqualTo(anAnswer("F-1").about("K-1").givenOn(day(3, 9)).answer());
    }

    @Test
    void answersAreFoundByTheDayTheyWereGivenBothEndsIncludedAndByComplaint() {
        answers.store(anAnswer("F-1").about("K-1").givenOn(day(2, 28)).answer());
        answers.store(anAnswer("F-2").about("K-2").givenOn(day(3, 1)).answer());
        answers.store(anAnswer("F-3").about("K-3").givenOn(day(3, 31)).answer());
        answers.store(anAnswer("F-4").about("K-3").givenOn(day(4, 1)).answer());

        assertThat(answers.answeredBetween(day(3, 1), day(3, 31))).extracting(FeedbackAnswer::feedbackId)
                .containsExactlyInAnyOrder("F-2", "F-3");
        assertThat(answers.answeredBetween(null, null)).hasSize(4);
        assertThat(answers.ofComplaints(List.of("K-3", "K-9"))).extracting(FeedbackAnswer::feedbackId)
                .containsExactlyInAnyOrder("F-3", "F-4");
        assertThat(answers.ofComplaints(List.of())).isEmpty();
    }

    @Test
    void onlyRegisteredComplaintsWhoseCurrentEndingIsAClosureInThePeriodAreClosures() {
        closed("K-in", day(3, 1));
        closed("K-last-day", day(3, 31));
        closed("K-after", day(4, 1));
        closed("K-reopened", day(3, 5));
        facts.save(facts.find("K-reopened").orElseThrow().apply(new ComplaintReopened(day(3, 20))));
        facts.save(ComplaintFact.unknown("K-informal").apply(aComplaint("K-informal").receivedOn(day(2, 1)).registered())
                .apply(new ComplaintResolvedInformally(day(3, 3))));
        facts.save(ComplaintFact.unknown("K-unregistered").apply(new ComplaintClosed(day(3, 3), Judgement.GEGROND, 0,
                false, null, true, day(3, 3).plusYears(1))));

        MongoComplaintFactLookup lookup = new MongoComplaintFactLookup(mongo, () -> FACTS);

        assertThat(lookup.closedBetween(day(3, 1), day(3, 31))).extracting(ComplaintFact::complaintId)
                .containsExactlyInAnyOrder("K-in", "K-last-day");
        assertThat(lookup.closedBetween(null, null)).hasSize(3);
        assertThat(lookup.find(List.of("K-in", "K-none"))).containsOnlyKeys("K-in");
    }
}
