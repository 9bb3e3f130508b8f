package nl.klachtroute.notification.task.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inbox page (takenlijst): plain HTML and a small script that reads {@code /api/tasks}; nothing
 * from the internet, so it works offline. Served from this package's resources rather than
 * {@code /static}, which every service in a shared JVM would serve.
 */
@RestController
class InboxPageController {

    private static final String BASE = "nl/klachtroute/notification/inbox/";
    private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

    @GetMapping("/inbox")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Resource> page() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                .body(new ClassPathResource(BASE + "inbox.html"));
    }

    @GetMapping("/inbox/inbox.js")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Resource> script() {
        return ResponseEntity.ok().contentType(JAVASCRIPT).body(new ClassPathResource(BASE + "inbox.js"));
    }
}
