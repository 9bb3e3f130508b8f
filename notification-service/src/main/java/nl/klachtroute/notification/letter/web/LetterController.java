package nl.klachtroute.notification.letter.web;

import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Pattern;
import nl.klachtroute.notification.letter.application.LetterDocuments;
import nl.klachtroute.notification.message.CitizenContacts;
import nl.klachtroute.notification.message.Message;
import nl.klachtroute.support.problem.ApiProblemHandler;
import nl.klachtroute.support.security.CurrentStaff;

/**
 * A letter to the citizen as PDF, for the handler who sends it by post (no e-mail address known, or the
 * citizen asked for paper). The ids come from {@code GET /api/messages?complaintId=...}.
 */
@RestController
@Validated
class LetterController {

    private static final String ID = "^[A-Za-z0-9._:-]{1,100}$";
    private final LetterDocuments documents;
    private final CurrentStaff currentStaff;

    LetterController(LetterDocuments documents, CurrentStaff currentStaff) {
        this.documents = documents;
        this.currentStaff = currentStaff;
    }

    @GetMapping(path = "/api/complaints/{complaintId}/letters/{messageId}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasRole('HANDLER')")
    ResponseEntity<byte[]> pdf(@PathVariable @Pattern(regexp = ID, message = "must be a complaint id") String complaintId,
            @PathVariable @Pattern(regexp = ID, message = "must be a message id") String messageId) {
        byte[] pdf = documents.pdf(complaintId, messageId, currentStaff.get().id());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                // Personal data: the browser may show it, nothing on the way may keep it.
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", ContentDisposition.inline()
                        .filename("brief-" + complaintId + "-" + messageId + ".pdf").build().toString())
                .body(pdf);
    }

    /** The handler posted the printed letter: it is sent now, by post, and shows on the complaint's history. */
    @PostMapping("/api/complaints/{complaintId}/letters/{messageId}/posted")
    @PreAuthorize("hasRole('HANDLER')")
    Map<String, String> posted(@PathVariable @Pattern(regexp = ID, message = "must be a complaint id") String complaintId,
            @PathVariable @Pattern(regexp = ID, message = "must be a message id") String messageId) {
        Message letter = documents.confirmPosted(complaintId, messageId, currentStaff.get().id());
        return Map.of("messageId", letter.id().value(), "state", letter.state().name(), "channel",
                String.valueOf(letter.snapshot().channel()));
    }

    /** The complaint was anonymised after its retention period: the letter is on record, its text is gone. */
    @ExceptionHandler(LetterDocuments.Erased.class)
    ResponseEntity<ProblemDetail> erased(LetterDocuments.Erased e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, e.getMessage());
        body.setType(ApiProblemHandler.type("letter-erased"));
        body.setTitle(HttpStatus.GONE.getReasonPhrase());
        return ResponseEntity.status(HttpStatus.GONE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /** complaint-intake, which knows the name and address, does not answer now: try again later. */
    @ExceptionHandler(CitizenContacts.Unavailable.class)
    ResponseEntity<ProblemDetail> intakeUnavailable(CitizenContacts.Unavailable e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "complaint-intake does not answer now, so the letter cannot be addressed; try again later");
        body.setType(ApiProblemHandler.type("intake-unavailable"));
        body.setTitle(HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
