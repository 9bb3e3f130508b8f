package nl.klachtroute.notification.feedback.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.FeedbackReading;
import nl.klachtroute.events.complaint.CitizenContactResumed;
import nl.klachtroute.events.notification.CitizenFeedbackGiven;
import nl.klachtroute.notification.complaint.ComplaintFiles;
import nl.klachtroute.notification.feedback.FeedbackAnswer;
import nl.klachtroute.notification.feedback.FeedbackInvitation;
import nl.klachtroute.notification.feedback.FeedbackInvitations;
import nl.klachtroute.notification.message.Message;
import nl.klachtroute.notification.task.application.TaskService;

/**
 * What this service does with the citizen's answer once it is on the topic: the opt-out of further contact stops
 * every later letter, and an unhappy answer or a request to talk puts a task with the citizen's comment in the
 * handler's inbox. (A request for the ombudsman is complaint-intake's: it records the referral, and the referral
 * letter follows from that.) Both effects are idempotent, so a redelivered answer changes nothing.
 */
@Service
public class FeedbackFollowUp {

    private static final Logger log = LoggerFactory.getLogger(FeedbackFollowUp.class);

    private final FeedbackInvitations invitations;
    private final ComplaintFiles files;
    private final TaskService tasks;

    public FeedbackFollowUp(FeedbackInvitations invitations, ComplaintFiles files, TaskService tasks) {
        this.invitations = invitations;
        this.files = files;
        this.tasks = tasks;
    }

    public void given(EventEnvelope cause, CitizenFeedbackGiven answer) {
        if (answer.noFurtherContact()) {
            files.noFurtherContact(cause.complaintId(), answer.feedbackId(), answer.answeredOn());
            log.info("Complaint {}: the citizen asked for no further contact", cause.complaintId());
        }
        if (FeedbackReading.needsFollowUp(answer)) {
            String comment = answer.commented() ? invitations.answered(cause.complaintId(), answer.feedbackId())
                    .map(FeedbackInvitation::answer).map(FeedbackAnswer::comment).orElse(null) : null;
            tasks.feedbackNeedsFollowUp(cause, answer, comment);
        }
    }

    /** The citizen who opted out asked to hear again: from now on their letters go out again. */
    public void contactResumed(EventEnvelope cause, CitizenContactResumed resumed) {
        files.contactResumed(cause.complaintId(), resumed.feedbackId());
        log.info("Complaint {}: the citizen asked to hear about it again; letters go to them again",
                cause.complaintId());
    }

    /** The complaint's retention period passed: the citizen's comments go, the scores stay for the counts. */
    public void anonymised(String complaintId) {
        long erased = invitations.eraseComments(complaintId, Message.ERASED);
        if (erased > 0) {
            log.info("Complaint {} anonymised: {} feedback comment(s) erased", complaintId, erased);
        }
    }
}
