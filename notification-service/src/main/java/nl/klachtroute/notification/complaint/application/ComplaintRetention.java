package nl.klachtroute.notification.complaint.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.complaint.ComplaintAnonymised;
import nl.klachtroute.notification.complaint.ComplaintFile;
import nl.klachtroute.notification.complaint.ComplaintFiles;
import nl.klachtroute.notification.feedback.application.FeedbackFollowUp;
import nl.klachtroute.notification.message.application.MessageRetention;
import nl.klachtroute.notification.task.application.TaskService;

/**
 * The end of a complaint's retention period in this service (DOMAIN.md: "expired complaints are anonymised,
 * and analytics keeps only the counts"). On {@code ComplaintAnonymised} the messages about it lose their text
 * and the employee's staff id, what was not sent yet is cancelled, open tasks are closed, and the citizen's
 * words (feedback comments, also on follow-up tasks) are erased; tasks, messages
 * and the complaint file stay with their kinds, states and dates, so every count stays right. Afterwards the
 * complaint gets no new task, letter or e-mail. Every step is idempotent: a redelivered event changes nothing.
 */
@Service
public class ComplaintRetention {

    private static final Logger log = LoggerFactory.getLogger(ComplaintRetention.class);

    private final ComplaintFiles files;
    private final TaskService tasks;
    private final MessageRetention messages;
    private final FeedbackFollowUp feedback;

    public ComplaintRetention(ComplaintFiles files, TaskService tasks, MessageRetention messages,
            FeedbackFollowUp feedback) {
        this.files = files;
        this.tasks = tasks;
        this.messages = messages;
        this.feedback = feedback;
    }

    public void anonymised(EventEnvelope cause, ComplaintAnonymised anonymised) {
        // First the mark, so that nothing new is made for the complaint while (or after) the rest is erased.
        files.anonymised(cause.complaintId(), anonymised.anonymisedOn());
        tasks.complaintAnonymised(cause);
        messages.erase(cause.complaintId(), anonymised.anonymisedOn());
        feedback.anonymised(cause.complaintId());
        log.info("Complaint {} anonymised on {} (route ended {})", cause.complaintId(), anonymised.anonymisedOn(),
                anonymised.endedOn());
    }

    /** Whether the complaint was anonymised: then later events about it (a replay, a late copy) cause nothing. */
    public boolean isAnonymised(String complaintId) {
        return complaintId != null && files.find(complaintId).map(ComplaintFile::isAnonymised).orElse(false);
    }
}
