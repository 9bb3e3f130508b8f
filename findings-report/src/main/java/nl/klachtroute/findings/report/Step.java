package nl.klachtroute.findings.report;

import java.time.LocalDate;

/** Who took a step of the route (submitted, accepted, shared), and when. */
public record Step(String by, LocalDate on) {
}
