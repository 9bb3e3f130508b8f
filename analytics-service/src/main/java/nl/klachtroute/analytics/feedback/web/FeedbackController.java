package nl.klachtroute.analytics.feedback.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import nl.klachtroute.analytics.feedback.FeedbackService;

/**
 * What citizens answered after their complaint was closed, for analysts: aggregates only, never an answer, a
 * complaint or a person.
 */
@RestController
@RequestMapping("/api/analytics")
class FeedbackController {

    private final FeedbackService feedback;

    FeedbackController(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @GetMapping("/feedback")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    FeedbackView feedback(@Valid FeedbackRequest request) {
        return FeedbackView.of(feedback.report(request.toQuery()));
    }
}
