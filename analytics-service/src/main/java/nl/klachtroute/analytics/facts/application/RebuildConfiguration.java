package nl.klachtroute.analytics.facts.application;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

import nl.klachtroute.analytics.cube.persistence.CubeDerivation;
import nl.klachtroute.analytics.facts.persistence.FactCollections;
import nl.klachtroute.support.inbox.Inbox;

/** The rebuild of the complaint facts, reading the topics from the service's own brokers. */
@Configuration(proxyBeanMethods = false)
class RebuildConfiguration {

    @Bean
    FactRebuild factRebuild(@Value("${spring.kafka.bootstrap-servers}") String brokers, MongoOperations mongo,
            FactCollections collections, Inbox inbox, Clock clock, CubeDerivation derivation) {
        return new FactRebuild(brokers, mongo, collections, inbox, clock, derivation);
    }
}
