package nl.klachtroute.intake.complaint.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Business rules of intake that are municipal practice rather than law, so they are configuration.
 *
 * @param contactWorkingDays the citizen is contacted by this working day after receipt (Amsterdam: 5)
 */
@Validated
@ConfigurationProperties("klachtroute.intake")
public record IntakeProperties(@DefaultValue("5") @Min(1) @Max(20) int contactWorkingDays) {
}
