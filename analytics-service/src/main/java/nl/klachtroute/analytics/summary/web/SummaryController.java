package nl.klachtroute.analytics.summary.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import nl.klachtroute.analytics.summary.SummaryService;

/** Aggregate figures for analysts. Aggregates only: analysts never see a complaint, a name or a pseudonym. */
@RestController
@RequestMapping("/api/analytics")
class SummaryController {

    private final SummaryService summaries;

    SummaryController(SummaryService summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/summary")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    SummaryView summary(@Valid SummaryRequest request) {
        return SummaryView.of(summaries.summarise(request.toFilter()));
    }
}
