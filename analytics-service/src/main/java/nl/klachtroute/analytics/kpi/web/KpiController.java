package nl.klachtroute.analytics.kpi.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import nl.klachtroute.analytics.kpi.KpiService;

/** KPIs per period and group for analysts: aggregates only, never a complaint, a name or a pseudonym. */
@RestController
@RequestMapping("/api/analytics")
class KpiController {

    private final KpiService kpis;

    KpiController(KpiService kpis) {
        this.kpis = kpis;
    }

    @GetMapping("/kpis")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    KpiView kpis(@Valid KpiRequest request) {
        return KpiView.of(kpis.report(request.toQuery()));
    }
}
