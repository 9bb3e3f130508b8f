package nl.klachtroute.events.complaint;

import java.time.LocalDate;

/**
 * The employee concerned received a copy of the complaint (Awb 9:9).
 *
 * @param informedOn informedOn
 */
public record EmployeeInformed(
        LocalDate informedOn) implements ComplaintEvent {}
