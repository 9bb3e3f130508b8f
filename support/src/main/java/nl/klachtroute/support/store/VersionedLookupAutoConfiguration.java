package nl.klachtroute.support.store;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/**
 * {@link VersionedLookup} for the collection of every versioned document the service knows, before its
 * consumers and schedules start. {@code klachtroute.store.versioned-lookup=false} leaves them out.
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnBean(MongoOperations.class)
@ConditionalOnProperty(prefix = "klachtroute.store", name = "versioned-lookup", matchIfMissing = true)
public class VersionedLookupAutoConfiguration {

    @Bean
    SmartInitializingSingleton versionedLookupIndexes(MongoOperations mongo, MongoMappingContext mapping) {
        return () -> {
            for (MongoPersistentEntity<?> entity : mapping.getPersistentEntities()) {
                if (entity.hasVersionProperty() && entity.isAnnotationPresent(
                        org.springframework.data.mongodb.core.mapping.Document.class)) {
                    VersionedLookup.ensure(mongo, entity.getCollection(), entity.getRequiredVersionProperty()
                            .getFieldName());
                }
            }
        };
    }
}
