package nl.klachtroute.intake.complaint.application;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How long an ended complaint keeps its personal data (DOMAIN.md: default 5 years after the route ended,
 * the municipal selection list decides) and how often the retention job looks.
 *
 * @param period       time after the end of the route until anonymisation (ISO-8601 period, default P5Y)
 * @param enabled      off only where something else drives the job (tests)
 * @param interval     time between rounds (default 6 hours)
 * @param initialDelay time after start-up before the first round (default 2 minutes)
 * @param batchSize    complaints loaded per query (1..1000)
 */
@Validated
@ConfigurationProperties("klachtroute.retention")
public record RetentionProperties(
        @DefaultValue("P5Y") Period period,
        @DefaultValue("true") boolean enabled,
        @DefaultValue("6h") Duration interval,
        @DefaultValue("2m") Duration initialDelay,
        @DefaultValue("200") @Min(1) @Max(1000) int batchSize) {

    public RetentionProperties {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("klachtroute.retention.period must be positive, e.g. P5Y");
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("klachtroute.retention.interval must be positive");
        }
    }
}
