package nl.klachtroute.support.pseudonym;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
public class PseudonymAutoConfiguration {

    /** The key comes from the environment in production; the local stack sets a fictional one. */
    @Bean
    Pseudonymizer pseudonymizer(@Value("${klachtroute.pseudonym.key}") String key) {
        return new Pseudonymizer(key);
    }
}
