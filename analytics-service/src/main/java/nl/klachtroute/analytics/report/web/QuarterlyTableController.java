package nl.klachtroute.analytics.report.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.klachtroute.analytics.report.AnnualPublication;
import nl.klachtroute.analytics.report.AnnualPublicationService;
import nl.klachtroute.analytics.report.CouncilReport;
import nl.klachtroute.analytics.report.CouncilReportService;
import nl.klachtroute.analytics.report.Quarter;
import nl.klachtroute.analytics.report.QuarterlyTable;
import nl.klachtroute.analytics.report.QuarterlyTableService;
import nl.klachtroute.analytics.summary.config.SummaryProperties;
import nl.klachtroute.support.problem.RuleViolationException;

/**
 * The reports analysts already use. {@code GET /api/analytics/reports/quarterly}: JSON by default, CSV with {@code Accept: text/csv} or
 * {@code ?format=csv}, a printable page with {@code Accept: text/html} (a browser) or {@code ?format=html}.
 */
@RestController
@RequestMapping("/api/analytics/reports")
class QuarterlyTableController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private final QuarterlyTableService tables;
    private final AnnualPublicationService annuals;
    private final CouncilReportService councils;
    private final Clock clock;
    private final SummaryProperties properties;

    QuarterlyTableController(QuarterlyTableService tables, AnnualPublicationService annuals,
            CouncilReportService councils, Clock clock,
            SummaryProperties properties) {
        this.tables = tables;
        this.annuals = annuals;
        this.councils = councils;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * @param from first quarter, {@code 2026-Q1}; default three quarters before {@code to}
     * @param to   last quarter; default the current quarter
     */
    @GetMapping("/quarterly")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    ResponseEntity<?> quarterly(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        Quarter last = to == null ? Quarter.of(LocalDate.now(clock.withZone(properties.zone()))) : Quarter.parse(to, "to");
        Quarter first = from == null ? last.previous().previous().previous() : Quarter.parse(from, "from");
        QuarterlyTable table = tables.table(first, last);
        String chosen = format != null ? format.strip().toLowerCase(Locale.ROOT) : fromAccept(accept);
        String file = "kwartaaloverzicht-" + first + "-" + last;
        switch (chosen) {
            case "csv":
                return ResponseEntity.ok().contentType(CSV)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + ".csv\"")
                        .body(QuarterlyTableFormats.csv(table));
            case "html":
                return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                        .body(QuarterlyTableFormats.html(table));
            case "json":
                return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(QuarterlyTableView.of(table));
            default:
                throw new RuleViolationException("invalid-format", "format", "'format' must be json, csv or html");
        }
    }

    /** {@code GET /api/analytics/reports/annual?year=2026}: the Awb 9:12a publication, same formats. */
    @GetMapping("/annual")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    ResponseEntity<?> annual(@RequestParam(required = false) Integer year, @RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        int chosenYear = year != null ? year : LocalDate.now(clock.withZone(properties.zone())).getYear() - 1;
        if (chosenYear < 2000 || chosenYear > 2999) {
            throw new RuleViolationException("invalid-year", "year", "'year' must be a year like 2026");
        }
        AnnualPublication publication = annuals.publication(chosenYear);
        String chosen = format != null ? format.strip().toLowerCase(Locale.ROOT) : fromAccept(accept);
        switch (chosen) {
            case "csv":
                return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"jaaroverzicht-klachten-" + chosenYear + ".csv\"")
                        .body(AnnualPublicationFormats.csv(publication));
            case "html":
                return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                        .body(AnnualPublicationFormats.html(publication));
            case "json":
                return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(publication);
            default:
                throw new RuleViolationException("invalid-format", "format", "'format' must be json, csv or html");
        }
    }

    /**
     * {@code GET /api/analytics/reports/council?year=2026&half=1}: the twice-yearly progress report to the
     * council, this half year beside the one before; default the last completed half year. Same formats.
     */
    @GetMapping("/council")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    ResponseEntity<?> council(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer half,
            @RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        int chosenYear = year != null ? year : today.getMonthValue() <= 6 ? today.getYear() - 1 : today.getYear();
        int chosenHalf = half != null ? half : today.getMonthValue() <= 6 ? 2 : 1;
        if (chosenYear < 2000 || chosenYear > 2999) {
            throw new RuleViolationException("invalid-year", "year", "'year' must be a year like 2026");
        }
        if (chosenHalf != 1 && chosenHalf != 2) {
            throw new RuleViolationException("invalid-half", "half", "'half' must be 1 (January-June) or 2 (July-December)");
        }
        CouncilReport report = councils.report(chosenYear, chosenHalf);
        String chosen = format != null ? format.strip().toLowerCase(Locale.ROOT) : fromAccept(accept);
        switch (chosen) {
            case "csv":
                return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"voortgangsrapportage-klachten-" + report.label() + ".csv\"")
                        .body(CouncilReportFormats.csv(report));
            case "html":
                return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                        .body(CouncilReportFormats.html(report));
            case "json":
                return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
            default:
                throw new RuleViolationException("invalid-format", "format", "'format' must be json, csv or html");
        }
    }

    private static String fromAccept(String accept) {
        if (accept == null) {
            return "json";
        }
        if (accept.contains("text/csv")) {
            return "csv";
        }
        return accept.contains("text/html") ? "html" : "json";
    }
}
