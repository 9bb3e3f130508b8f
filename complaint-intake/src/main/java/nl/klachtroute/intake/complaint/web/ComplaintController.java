package nl.klachtroute.intake.complaint.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.klachtroute.intake.complaint.Complaint;
import nl.klachtroute.intake.complaint.application.ComplaintService;
import nl.klachtroute.support.security.CurrentStaff;

/** The complaint case for the Klachtenteam Sociaal: register, look up, list. */
@RestController
@RequestMapping("/api/complaints")
@PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
class ComplaintController {

    private final ComplaintService complaints;
    private final CurrentStaff currentStaff;

    ComplaintController(ComplaintService complaints, CurrentStaff currentStaff) {
        this.complaints = complaints;
        this.currentStaff = currentStaff;
    }

    @PostMapping
    ResponseEntity<ComplaintView> register(@Valid @RequestBody RegisterComplaintRequest request) {
        Complaint complaint = complaints.register(request.toNewComplaint(), currentStaff.get().id());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(complaint.id()).toUri();
        return ResponseEntity.created(location).body(ComplaintView.of(complaint));
    }

    @GetMapping("/{id}")
    ComplaintView get(@PathVariable String id) {
        return ComplaintView.of(complaints.get(id));
    }

    @GetMapping
    ComplaintSummary.Page list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return ComplaintSummary.Page.of(complaints.newestFirst(page, size));
    }
}
