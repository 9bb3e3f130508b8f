package nl.klachtroute.notification.feedback.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.klachtroute.notification.feedback.FeedbackInvitation;
import nl.klachtroute.notification.feedback.FeedbackInvitation.Refused;
import nl.klachtroute.notification.feedback.application.FeedbackService;
import nl.klachtroute.support.problem.ApiProblemHandler;

/**
 * The citizen's feedback page: the one public page of the system besides health ({@code /feedback/<token>}, no
 * account). The link from the outcome letter opens the form; posting it gives the answer, once. A link that does
 * not work gets a page that says why in plain words: unknown (404), expired (410) or already used (409); none of
 * them says anything about a complaint. A client that asks for {@code application/problem+json} gets the same
 * answers as RFC 9457 problems, with the field at fault.
 */
@RestController
class FeedbackPageController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
    private final FeedbackService feedback;
    private final MeterRegistry meters;

    FeedbackPageController(FeedbackService feedback, MeterRegistry meters) {
        this.feedback = feedback;
        this.meters = meters;
    }

    @GetMapping("/feedback/{token}")
    ResponseEntity<String> form(@PathVariable String token) {
        try {
            FeedbackInvitation invitation = feedback.open(token);
            return ResponseEntity.ok().contentType(HTML)
                    .body(FeedbackPages.form(token, invitation.lastDay(), Map.of(), Map.of()));
        } catch (Refused refused) {
            count("opened", refused.reason().name());
            return ResponseEntity.status(status(refused.reason())).contentType(HTML)
                    .body(FeedbackPages.refused(refused.reason()));
        }
    }

    @PostMapping(path = "/feedback/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<?> answer(@PathVariable String token, @RequestParam MultiValueMap<String, String> posted,
            @RequestHeader(name = "Accept", required = false) String accept) {
        boolean api = wantsProblem(accept);
        FeedbackForm form = FeedbackForm.read(posted);
        try {
            if (!form.valid()) {
                // The link's state comes first (a used link gets its own page however the form was filled in);
                // the form comes back with the last day the link names.
                FeedbackInvitation invitation = feedback.open(token);
                count("answered", "INVALID");
                return api ? invalid(form)
                        : ResponseEntity.badRequest().contentType(HTML)
                                .body(FeedbackPages.form(token, invitation.lastDay(), form.values(), form.errors()));
            }
            feedback.answer(token, form.answer());
            count("answered", "TAKEN");
            return api ? ResponseEntity.ok(Map.of("status", "received"))
                    : ResponseEntity.ok().contentType(HTML).body(FeedbackPages.thanks(form.answer()));
        } catch (Refused refused) {
            count("answered", refused.reason().name());
            return api ? problem(refused.reason())
                    : ResponseEntity.status(status(refused.reason())).contentType(HTML)
                            .body(FeedbackPages.refused(refused.reason()));
        }
    }

    private static boolean wantsProblem(String accept) {
        return accept != null && !accept.contains("text/html")
                && (accept.contains("application/problem+json") || accept.contains("application/json"));
    }

    private static HttpStatus status(Refused.Reason reason) {
        return switch (reason) {
            case UNKNOWN -> HttpStatus.NOT_FOUND;
            case EXPIRED -> HttpStatus.GONE;
            case ALREADY_ANSWERED -> HttpStatus.CONFLICT;
        };
    }

    private static ResponseEntity<ProblemDetail> problem(Refused.Reason reason) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status(reason), switch (reason) {
            case UNKNOWN -> "This feedback link does not exist";
            case EXPIRED -> "This feedback link has expired";
            case ALREADY_ANSWERED -> "This feedback link has been used";
        });
        body.setType(ApiProblemHandler.type("feedback-link-" + reason.name().toLowerCase().replace('_', '-')));
        body.setTitle("Feedback link not usable");
        return ResponseEntity.status(status(reason)).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static ResponseEntity<ProblemDetail> invalid(FeedbackForm form) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The answer has invalid fields");
        body.setType(ApiProblemHandler.type("validation"));
        body.setTitle("Invalid request");
        List<Map<String, String>> errors = form.errorsForApi().entrySet().stream()
                .map(e -> Map.of("field", e.getKey(), "message", e.getValue())).toList();
        body.setProperty("field", errors.get(0).get("field"));
        body.setProperty("errors", errors);
        body.setInstance(URI.create("/feedback"));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private void count(String step, String outcome) {
        Counter.builder("klachtroute.feedback.requests").description("Requests to the public feedback page")
                .tag("step", step).tag("outcome", outcome).register(meters).increment();
    }
}
