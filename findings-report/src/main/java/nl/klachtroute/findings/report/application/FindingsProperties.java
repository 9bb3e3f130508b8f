package nl.klachtroute.findings.report.application;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Business rules of the report that are municipal practice, not law.
 *
 * @param fallbackAssignee    staff id who writes the report when no uninvolved teammanager leads the team
 *                            (default the SIS lead)
 * @param dueWorkingDays      working days after the request within which the teammanager submits
 * @param reminderWorkingDays how many working days before the due day the teammanager is reminded (0: on
 *                            the due day itself)
 * @param zone                the zone in which the route's dates are days
 * @param deadlineScan        how often the deadlines are checked
 */
@Validated
@ConfigurationProperties("klachtroute.findings")
public record FindingsProperties(
        @DefaultValue("sis.lead") @NotBlank String fallbackAssignee,
        @DefaultValue("10") @Min(1) @Max(60) int dueWorkingDays,
        @DefaultValue("1") @Min(0) @Max(10) int reminderWorkingDays,
        @DefaultValue("Europe/Amsterdam") @NotNull ZoneId zone,
        @DefaultValue @Valid @NotNull DeadlineScan deadlineScan) {

    /**
     * The scheduled deadline scan. Every instance may run it: the events are given once anyway.
     *
     * @param enabled      whether this instance runs it (tests drive the scan themselves)
     * @param initialDelay after start-up
     * @param interval     between the end of one round and the start of the next
     * @param batchSize    reports read per query
     */
    public record DeadlineScan(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("30s") @NotNull Duration initialDelay,
            @DefaultValue("10m") @NotNull Duration interval,
            @DefaultValue("100") @Min(1) @Max(1000) int batchSize) {
    }
}
