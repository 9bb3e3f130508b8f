package nl.klachtroute.intake.complaint.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import nl.klachtroute.intake.complaint.ComplaintDeadlines.HandlingTerm;

/**
 * Business rules of intake that are municipal practice or a choice the law leaves to the municipality, so
 * they are configuration.
 *
 * @param contactWorkingDays the citizen is contacted by this working day after receipt (Amsterdam: 5)
 * @param handlingTerm {@code standard} (6 weeks) or {@code advisory-committee} (10 weeks, Awb 9:11 lid 1)
 */
@Validated
@ConfigurationProperties("klachtroute.intake")
public record IntakeProperties(
        @DefaultValue("5") @Min(1) @Max(20) int contactWorkingDays,
        @DefaultValue("standard") @NotNull HandlingTerm handlingTerm) {
}
