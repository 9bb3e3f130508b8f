package nl.klachtroute.analytics.feedback.config;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

import nl.klachtroute.analytics.facts.persistence.FactCollections;
import nl.klachtroute.analytics.feedback.ComplaintFactLookup;
import nl.klachtroute.analytics.feedback.FeedbackAnswers;
import nl.klachtroute.analytics.feedback.FeedbackService;
import nl.klachtroute.analytics.feedback.persistence.MongoComplaintFactLookup;
import nl.klachtroute.analytics.feedback.persistence.MongoFeedbackAnswers;
import nl.klachtroute.analytics.summary.SmallCellPolicy;
import nl.klachtroute.analytics.summary.config.SummaryProperties;

/** The citizens' answers after closure: their store, the facts they are read with, and the figures. */
@Configuration(proxyBeanMethods = false)
public class FeedbackConfiguration {

    @Bean
    MongoFeedbackAnswers feedbackAnswers(MongoOperations mongo) {
        return new MongoFeedbackAnswers(mongo);
    }

    /** The facts of the active generation: after a rebuild the answers are read with the new one. */
    @Bean
    ComplaintFactLookup complaintFactLookup(MongoOperations mongo, FactCollections collections) {
        return new MongoComplaintFactLookup(mongo, collections::active);
    }

    @Bean
    FeedbackService feedbackService(FeedbackAnswers answers, ComplaintFactLookup facts, SummaryProperties properties) {
        return new FeedbackService(answers, facts, new SmallCellPolicy(properties.smallCellThreshold()));
    }

    /** Off in the local profile, like the facts' indexes: the embedded store has no secondary indexes. */
    @Bean
    @ConditionalOnProperty(prefix = "klachtroute.analytics", name = "create-indexes", matchIfMissing = true)
    SmartInitializingSingleton feedbackAnswerIndexes(MongoFeedbackAnswers answers) {
        return answers::createIndexes;
    }
}
