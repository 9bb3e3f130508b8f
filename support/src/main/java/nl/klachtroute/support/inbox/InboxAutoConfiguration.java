package nl.klachtroute.support.inbox;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.beans.factory.annotation.Value;
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

    /** {@code klachtroute.inbox.store-outage-patience}: how long a consumer waits for an absent store (2m). */
    @Bean
    InboundEvents inboundEvents(Inbox inbox,
            @Value("${klachtroute.inbox.store-outage-patience:2m}") Duration storeOutagePatience) {
        return new InboundEvents(inbox, storeOutagePatience);
    }
}
