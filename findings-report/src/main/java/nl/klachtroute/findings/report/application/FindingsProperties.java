package nl.klachtroute.findings.report.application;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Business rules of the report that are municipal practice, not law.
 *
 * @param fallbackAssignee staff id who writes the report when no uninvolved teammanager leads the team
 *                         (default the SIS lead)
 * @param dueWorkingDays   working days after the request within which the teammanager submits
 * @param zone             the zone in which the route's dates are days
 */
@Validated
@ConfigurationProperties("klachtroute.findings")
public record FindingsProperties(
        @DefaultValue("sis.lead") @NotBlank String fallbackAssignee,
        @DefaultValue("10") @Min(1) @Max(60) int dueWorkingDays,
        @DefaultValue("Europe/Amsterdam") @NotNull ZoneId zone) {
}
