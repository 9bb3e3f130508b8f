package nl.klachtroute.support.inbox;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

@AutoConfiguration
public class InboxAutoConfiguration {

    /** The clock of the whole service; tests replace it to move time. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Inbox inbox(MongoOperations mongo, Clock clock) {
        return new Inbox(mongo, clock);
    }

    @Bean
    InboundEvents inboundEvents(Inbox inbox) {
        return new InboundEvents(inbox);
    }
}
