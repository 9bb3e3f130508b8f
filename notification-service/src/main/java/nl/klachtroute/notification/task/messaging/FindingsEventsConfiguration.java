package nl.klachtroute.notification.task.messaging;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import nl.klachtroute.events.DeadlineKind;
import nl.klachtroute.events.DomainEvent;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.TaskKind;
import nl.klachtroute.events.findings.FindingsReportAccepted;
import nl.klachtroute.events.findings.FindingsReportAssigned;
import nl.klachtroute.events.findings.FindingsReportDeadlineApproaching;
import nl.klachtroute.events.findings.FindingsReportDeadlineMissed;
import nl.klachtroute.events.findings.FindingsReportOpened;
import nl.klachtroute.events.findings.FindingsReportReturned;
import nl.klachtroute.events.findings.FindingsReportSubmitted;
import nl.klachtroute.notification.complaint.application.ComplaintRetention;
import nl.klachtroute.notification.letter.application.LetterService;
import nl.klachtroute.notification.task.application.TaskService;
import nl.klachtroute.support.inbox.InboundEvents;

/**
 * Reacts to the Rapport van Bevindingen: a new draft gives the teammanager a task (which moves on
 * reassignment), submitting it completes that task and asks the handler to judge the report, accepting
 * or returning it completes the judging; the report's deadline events remind and escalate. Events about a
 * complaint anonymised after its retention period cause nothing. Binding {@code onFindingsEvent-in-0} on
 * {@code klachtroute.findings.v1}.
 */
@Configuration(proxyBeanMethods = false)
class FindingsEventsConfiguration {

    static final String CONSUMER = "notification-service";
    private static final Logger log = LoggerFactory.getLogger(FindingsEventsConfiguration.class);

    @Bean
    Consumer<Message<byte[]>> onFindingsEvent(InboundEvents inboundEvents, TaskService tasks,
            LetterService letters, ComplaintRetention retention) {
        return inboundEvents.handler(CONSUMER, envelope -> {
            if (retention.isAnonymised(envelope.complaintId())) {
                log.info("Event {} ({}) about anonymised complaint {} ignored", envelope.eventId(), envelope.type(),
                        envelope.complaintId());
                return;
            }
            react(tasks, envelope);
            if (envelope.payload() instanceof FindingsReportOpened opened) {
                // Route bejegening: the teammanager invites the citizen to a hearing.
                letters.hearingInvited(envelope, opened.teammanagerId());
            }
        });
    }

    static void react(TaskService tasks, EventEnvelope envelope) {
        DomainEvent event = envelope.payload();
        if (event instanceof FindingsReportOpened opened) {
            tasks.reportOpened(envelope, opened);
        } else if (event instanceof FindingsReportAssigned assigned) {
            tasks.reportAssigned(envelope, assigned);
        } else if (event instanceof FindingsReportSubmitted submitted) {
            tasks.reportSubmitted(envelope, submitted);
        } else if (event instanceof FindingsReportAccepted) {
            tasks.fulfilled(envelope, TaskKind.JUDGE_RETURNED_REPORT);
        } else if (event instanceof FindingsReportReturned) {
            tasks.reportReturned(envelope);
        } else if (event instanceof FindingsReportDeadlineApproaching approaching) {
            tasks.deadlineApproaching(envelope, DeadlineKind.FINDINGS_REPORT, approaching.dueOn(),
                    approaching.teammanagerId());
        } else if (event instanceof FindingsReportDeadlineMissed missed) {
            tasks.deadlineMissed(envelope, DeadlineKind.FINDINGS_REPORT, missed.dueOn(), missed.teammanagerId());
        }
    }
}
