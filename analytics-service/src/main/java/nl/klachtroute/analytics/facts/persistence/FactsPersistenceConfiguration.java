package nl.klachtroute.analytics.facts.persistence;

import java.time.Clock;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;

import nl.klachtroute.analytics.facts.ComplaintFacts;
import nl.klachtroute.analytics.facts.RepeatIndex;

@Configuration(proxyBeanMethods = false)
public class FactsPersistenceConfiguration {

    /**
     * Dates of the route are calendar days. Spring Data's own java.time converters store a LocalDate as
     * midnight in the JVM's zone, so the same store read by a JVM in another zone (a container on UTC)
     * would shift every day by one; the driver's codecs store midnight UTC wherever the JVM runs.
     */
    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(MongoCustomConversions.MongoConverterConfigurationAdapter::useNativeDriverJavaTimeCodecs);
    }

    @Bean
    FactCollections factCollections(MongoOperations mongo, Clock clock) {
        return new FactCollections(mongo, clock);
    }

    @Bean
    ComplaintFacts complaintFacts(MongoOperations mongo, FactCollections collections) {
        return new MongoComplaintFacts(mongo, collections::active);
    }

    @Bean
    RepeatIndex repeatIndex(MongoOperations mongo, FactCollections collections) {
        return new MongoRepeatIndex(mongo, () -> FactCollections.repeatsOf(collections.active()));
    }

    /**
     * Every summary filters on the day of receipt, and most on the department too. Off in the local
     * profile: the embedded store ignores secondary indexes and warns about each one.
     */
    @Bean
    @ConditionalOnProperty(prefix = "klachtroute.analytics", name = "create-indexes", matchIfMissing = true)
    SmartInitializingSingleton complaintFactIndexes(MongoOperations mongo) {
        return () -> {
            IndexOperations indexes = mongo.indexOps(ComplaintFactDocument.COLLECTION);
            // A rebuilt generation gets the same indexes from the rebuild (FactRebuild).
            indexes.createIndex(new Index().on(ComplaintFactDocument.RECEIVED_ON, Sort.Direction.ASC));
            indexes.createIndex(new Index().on(ComplaintFactDocument.DEPARTMENT, Sort.Direction.ASC)
                    .on(ComplaintFactDocument.RECEIVED_ON, Sort.Direction.ASC));
        };
    }
}
