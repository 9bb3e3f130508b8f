package nl.klachtroute.analytics.cube.config;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoOperations;

import nl.klachtroute.analytics.cube.persistence.CubeDerivation;
import nl.klachtroute.analytics.cube.persistence.MongoComplaintCube;
import nl.klachtroute.analytics.facts.persistence.FactCollections;

/** The cube of complaint counts beside the active generation of facts. */
@Configuration(proxyBeanMethods = false)
public class CubeConfiguration {

    /** The stored cube, which questions read; primary beside the live consumers' write-behind view of it. */
    @Bean
    @Primary
    MongoComplaintCube complaintCube(MongoOperations mongo, FactCollections collections) {
        return new MongoComplaintCube(mongo, () -> FactCollections.cubeOf(collections.active()));
    }

    @Bean
    CubeDerivation cubeDerivation(MongoOperations mongo) {
        return new CubeDerivation(mongo);
    }

    /**
     * Facts stored before the cube existed are counted into it once, before the consumers start (they start with
     * the lifecycle, after every singleton), so nothing is projected while it is derived.
     */
    @Bean
    SmartInitializingSingleton cubeDerivedFromExistingFacts(MongoComplaintCube cube, CubeDerivation derivation,
            FactCollections collections) {
        return () -> {
            if (!cube.complete()) {
                derivation.derive(collections.active());
            }
        };
    }
}
