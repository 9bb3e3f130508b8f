package nl.klachtroute.intake.complaint.messaging;

import java.util.Set;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.notification.CitizenFeedbackGiven;
import nl.klachtroute.events.notification.MessageSent;
import nl.klachtroute.intake.complaint.application.ComplaintService;
import nl.klachtroute.support.inbox.InboundEvents;
import nl.klachtroute.support.problem.NotFoundException;

/**
 * What intake does with the facts of notification-service ({@code klachtroute.notification.v1}): each letter
 * or e-mail sent about a complaint appears on its history, so the handler sees what the citizen (and the
 * employee) received and when; the citizen's answer to the satisfaction check appears there too, and a request
 * for the ombudsman in it records the referral (whose letter notification-service then sends). Binding {@code onNotificationEvent-in-0}, consumer group
 * {@value ComplaintService#SERVICE}.
 */
@Configuration(proxyBeanMethods = false)
class NotificationEventsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationEventsConfiguration.class);

    @Bean
    Consumer<Message<byte[]>> onNotificationEvent(InboundEvents inboundEvents, ComplaintService complaints) {
        return inboundEvents.handler(ComplaintService.SERVICE, Set.of(MessageSent.class, CitizenFeedbackGiven.class),
                envelope -> record(complaints, envelope));
    }

    private static void record(ComplaintService complaints, EventEnvelope envelope) {
        if (envelope.payload() instanceof MessageSent sent) {
            try {
                complaints.recordFact(envelope, c -> c.recordMessageSent(sent.messageId(), sent.template(),
                        sent.templateVersion(), sent.channel().name(), sent.recipient().name(),
                        envelope.occurredAt()));
            } catch (NotFoundException e) {
                // Staff mail about no single complaint (a pattern signal, a daily digest) is keyed by its
                // message id: there is no history to add it to, and nothing an operator could repair.
                log.debug("Message {} is about no known complaint; not on any history", sent.messageId());
            }
        } else if (envelope.payload() instanceof CitizenFeedbackGiven feedback) {
            complaints.recordFact(envelope, c -> c.recordCitizenFeedback(feedback.feedbackId(),
                    feedback.satisfaction(), feedback.respect(), feedback.trust(), feedback.wish(),
                    feedback.noFurtherContact(), envelope.occurredAt()));
        }
    }
}
