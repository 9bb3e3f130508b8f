package nl.klachtroute.analytics.summary.web;

import java.net.URI;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The analytics dashboard: one HTML page, one stylesheet and one script from this service's own resources,
 * drawing its charts as SVG from the JSON APIs; nothing from the internet, so it works offline. Served from a
 * package of its own rather than {@code /static}, which every service in the local stack's JVM would serve.
 */
@RestController
class DashboardPageController {

    private static final String BASE = "nl/klachtroute/analytics/dashboard/";

    @GetMapping("/")
    ResponseEntity<Void> home() {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/dashboard")).build();
    }

    @GetMapping("/dashboard")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    ResponseEntity<Resource> page() {
        return asset("dashboard.html", MediaType.parseMediaType("text/html;charset=UTF-8"));
    }

    @GetMapping("/dashboard/dashboard.js")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    ResponseEntity<Resource> script() {
        return asset("dashboard.js", MediaType.parseMediaType("text/javascript;charset=UTF-8"));
    }

    @GetMapping("/dashboard/dashboard.css")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    ResponseEntity<Resource> stylesheet() {
        return asset("dashboard.css", MediaType.parseMediaType("text/css;charset=UTF-8"));
    }

    private static ResponseEntity<Resource> asset(String name, MediaType type) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache())
                .body(new ClassPathResource(BASE + name));
    }
}
