package nl.klachtroute.intake.complaint.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Settings of the route that are municipal practice or operations, not law.
 *
 * @param reminderLeadWorkingDays a deadline is "approaching" from this many working days before it (default 1)
 * @param deadlineScan            the scheduled scan that gives the deadline reminders and escalations
 */
@Validated
@ConfigurationProperties("klachtroute.route")
public record RouteProperties(
        @DefaultValue("1") @Min(1) @Max(10) int reminderLeadWorkingDays,
        @DefaultValue @Valid DeadlineScan deadlineScan) {

    /**
     * @param enabled      off only where something else drives the scan (tests)
     * @param interval     time between the end of one round and the start of the next (default 5 minutes)
     * @param initialDelay time after start-up before the first round (default 30 seconds)
     * @param batchSize    complaints loaded per query (1..1000)
     */
    public record DeadlineScan(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("5m") Duration interval,
            @DefaultValue("30s") Duration initialDelay,
            @DefaultValue("200") @Min(1) @Max(1000) int batchSize) {

        public DeadlineScan {
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("klachtroute.route.deadline-scan.interval must be positive");
            }
            if (initialDelay.isNegative()) {
                throw new IllegalArgumentException("klachtroute.route.deadline-scan.initial-delay must not be negative");
            }
        }
    }
}
