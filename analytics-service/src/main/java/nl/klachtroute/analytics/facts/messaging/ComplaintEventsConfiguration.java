package nl.klachtroute.analytics.facts.messaging;

import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.klachtroute.analytics.cube.CubeProjection;
import nl.klachtroute.analytics.cube.persistence.MongoComplaintCube;
import nl.klachtroute.analytics.cube.persistence.WriteBehindCube;
import nl.klachtroute.analytics.facts.ComplaintFacts;
import nl.klachtroute.analytics.facts.FactProjector;
import nl.klachtroute.analytics.facts.RepeatIndex;
import nl.klachtroute.analytics.facts.application.FactRebuild;
import nl.klachtroute.analytics.facts.persistence.FactCollections;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.complaint.ComplaintEvent;
import nl.klachtroute.events.findings.HearingHeld;
import nl.klachtroute.support.inbox.Inbox;
import nl.klachtroute.support.inbox.InboundEvents;

/** Builds the complaint facts from the complaint and findings topics. */
@Configuration(proxyBeanMethods = false)
public class ComplaintEventsConfiguration {

    /** Consumer group: the service name, so a second instance shares the work. */
    public static final String CONSUMER = "analytics-service";
    private static final Logger log = LoggerFactory.getLogger(ComplaintEventsConfiguration.class);

    /**
     * The live consumers' cube changes, written together every interval; questions see a change up to one
     * interval late.
     */
    @Bean
    WriteBehindCube liveCube(MongoComplaintCube cube,
            @Value("${klachtroute.analytics.cube-write-interval:250ms}") Duration interval) {
        return new WriteBehindCube(cube, interval);
    }

    @Bean
    FactProjector factProjector(ComplaintFacts facts, RepeatIndex repeats, WriteBehindCube liveCube) {
        return new FactProjector(facts, repeats, new CubeProjection(liveCube));
    }

    /**
     * Applies an event to the active generation once: recorded per generation, so an event the rebuild
     * already applied to a new generation is not applied again after the switch.
     */
    private static boolean once(Inbox inbox, FactCollections collections, EventEnvelope envelope, Runnable effect) {
        return inbox.processOnce(FactRebuild.inboxConsumer(collections.active()), envelope.eventId(), effect);
    }

    @Bean
    Consumer<Message<byte[]>> onComplaintEvent(InboundEvents inboundEvents, FactProjector projector,
            MeterRegistry meters, Inbox inbox, FactCollections collections) {
        return inboundEvents.selfRecordingHandler(CONSUMER, Set.of(ComplaintEvent.class), envelope -> {
            if (envelope.payload() instanceof ComplaintEvent event
                    && once(inbox, collections, envelope, () -> projector.project(envelope.complaintId(), event))) {
                Counter.builder("klachtroute.analytics.events.projected")
                        .description("Complaint events applied to the analytics facts")
                        .tag("type", envelope.type()).register(meters).increment();
                // Complaint id and type only: the payload may carry pseudonyms, which stay out of logs.
                log.debug("Projected {} of complaint {}", envelope.type(), envelope.complaintId());
            }
        });
    }

    /**
     * Hearings the teammanager held on the route bejegening ({@code klachtroute.findings.v1}, binding
     * {@code onFindingsEvent-in-0}); the other findings events tell analytics nothing it counts.
     */
    @Bean
    Consumer<Message<byte[]>> onFindingsEvent(InboundEvents inboundEvents, FactProjector projector,
            MeterRegistry meters, Inbox inbox, FactCollections collections) {
        return inboundEvents.selfRecordingHandler(CONSUMER, Set.of(HearingHeld.class), envelope -> {
            if (envelope.payload() instanceof HearingHeld held
                    && once(inbox, collections, envelope, () -> projector.project(envelope.complaintId(), held))) {
                Counter.builder("klachtroute.analytics.events.projected")
                        .description("Complaint events applied to the analytics facts")
                        .tag("type", envelope.type()).register(meters).increment();
                log.debug("Projected {} of complaint {}", envelope.type(), envelope.complaintId());
            }
        });
    }
}
