package nl.klachtroute.notification.task.messaging;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import nl.klachtroute.events.DomainEvent;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.TaskKind;
import nl.klachtroute.events.complaint.CitizenContactResumed;
import nl.klachtroute.events.complaint.CitizenContacted;
import nl.klachtroute.events.complaint.ComplaintAcknowledged;
import nl.klachtroute.events.complaint.ComplaintAnonymised;
import nl.klachtroute.events.complaint.ComplaintClosed;
import nl.klachtroute.events.complaint.ComplaintNotHandled;
import nl.klachtroute.events.complaint.ComplaintRegistered;
import nl.klachtroute.events.complaint.ComplaintResolvedInformally;
import nl.klachtroute.events.complaint.ComplaintWithdrawn;
import nl.klachtroute.events.complaint.DeadlineApproaching;
import nl.klachtroute.events.complaint.DeadlineMissed;
import nl.klachtroute.events.complaint.HandlerAssigned;
import nl.klachtroute.events.complaint.HandlingDeadlineExtended;
import nl.klachtroute.events.complaint.MissingDetailsRequested;
import nl.klachtroute.events.complaint.ComplaintReopened;
import nl.klachtroute.events.complaint.OmbudsmanReferralMade;
import nl.klachtroute.events.complaint.StandardRouteStarted;
import nl.klachtroute.notification.complaint.application.ComplaintRetention;
import nl.klachtroute.notification.feedback.application.FeedbackFollowUp;
import nl.klachtroute.notification.letter.application.LetterService;
import nl.klachtroute.notification.task.application.TaskService;
import nl.klachtroute.support.inbox.InboundEvents;

/**
 * Reacts to the complaint route: tasks for the handler, closing them when the fulfilling fact arrives,
 * reminders and escalations from the deadline events, and the letters the citizen must receive. When the
 * complaint's retention period passed ({@code ComplaintAnonymised}) its messages are erased and whatever was
 * not sent is cancelled; after that, events about it cause nothing. A citizen who asked to hear again
 * ({@code CitizenContactResumed}) gets letters again. Binding {@code onComplaintEvent-in-0} on
 * {@code klachtroute.complaint.v1}; other event types of the topic need nothing from this service.
 */
@Configuration(proxyBeanMethods = false)
class ComplaintEventsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ComplaintEventsConfiguration.class);

    @Bean
    Consumer<Message<byte[]>> onComplaintEvent(InboundEvents inboundEvents, TaskService tasks,
            LetterService letters, ComplaintRetention retention, FeedbackFollowUp feedback) {
        return inboundEvents.handler(FindingsEventsConfiguration.CONSUMER, envelope -> {
            if (envelope.payload() instanceof ComplaintAnonymised anonymised) {
                retention.anonymised(envelope, anonymised);
            } else if (retention.isAnonymised(envelope.complaintId())) {
                log.info("Event {} ({}) about anonymised complaint {} ignored", envelope.eventId(), envelope.type(),
                        envelope.complaintId());
            } else if (envelope.payload() instanceof CitizenContactResumed resumed) {
                feedback.contactResumed(envelope, resumed);
            } else {
                react(tasks, envelope);
                write(letters, envelope);
            }
        });
    }

    /** The letters the route owes the citizen (DOMAIN.md, "Letters and messages"). */
    static void write(LetterService letters, EventEnvelope envelope) {
        DomainEvent event = envelope.payload();
        if (event instanceof ComplaintAcknowledged acknowledged) {
            letters.acknowledged(envelope, acknowledged.acknowledgedOn());
        } else if (event instanceof MissingDetailsRequested requested) {
            letters.missingDetailsRequested(envelope, requested.missingDetails());
        } else if (event instanceof StandardRouteStarted) {
            letters.hearingInvited(envelope, null);
        } else if (event instanceof HandlingDeadlineExtended extended) {
            letters.postponed(envelope, extended.previousDeadline(), extended.newDeadline(), extended.weeks(),
                    extended.withCitizenConsent());
        } else if (event instanceof ComplaintNotHandled notHandled) {
            letters.notHandled(envelope, notHandled.ground(), notHandled.decidedOn());
        } else if (event instanceof ComplaintClosed closed) {
            letters.closed(envelope, closed.judgement(), closed.improvementActions(), closed.closedOn(),
                    closed.ombudsmanWindowEnd());
        } else if (event instanceof OmbudsmanReferralMade referral) {
            letters.referredToOmbudsman(envelope, referral.referredOn());
        }
    }

    static void react(TaskService tasks, EventEnvelope envelope) {
        DomainEvent event = envelope.payload();
        if (event instanceof ComplaintRegistered registered) {
            tasks.complaintRegistered(envelope, registered);
        } else if (event instanceof HandlerAssigned assigned) {
            tasks.handlerAssigned(envelope, assigned);
        } else if (event instanceof ComplaintAcknowledged) {
            tasks.fulfilled(envelope, TaskKind.SEND_ACKNOWLEDGEMENT);
        } else if (event instanceof MissingDetailsRequested) {
            tasks.fulfilled(envelope, TaskKind.REQUEST_MISSING_DETAILS);
        } else if (event instanceof CitizenContacted) {
            tasks.fulfilled(envelope, TaskKind.CONTACT_CITIZEN);
        } else if (event instanceof HandlingDeadlineExtended extended) {
            tasks.handlingDeadlineExtended(envelope, extended.newDeadline());
        } else if (event instanceof DeadlineApproaching approaching) {
            tasks.deadlineApproaching(envelope, approaching.kind(), approaching.deadline(), approaching.ownerId());
        } else if (event instanceof DeadlineMissed missed) {
            tasks.deadlineMissed(envelope, missed.kind(), missed.deadline(), missed.ownerId());
        } else if (event instanceof ComplaintReopened || event instanceof OmbudsmanReferralMade) {
            // The two ways forward after an unhappy answer to the satisfaction check.
            tasks.fulfilled(envelope, TaskKind.FOLLOW_UP_FEEDBACK);
        } else if (event instanceof ComplaintClosed || event instanceof ComplaintResolvedInformally
                || event instanceof ComplaintNotHandled || event instanceof ComplaintWithdrawn) {
            tasks.complaintEnded(envelope);
        }
    }
}
