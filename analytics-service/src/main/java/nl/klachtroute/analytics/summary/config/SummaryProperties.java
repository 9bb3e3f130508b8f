package nl.klachtroute.analytics.summary.config;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * @param smallCellThreshold the smallest count shown where a team could be recognised (DOMAIN.md: 5)
 * @param zone               where the route's days are counted
 */
@Validated
@ConfigurationProperties("klachtroute.analytics")
public record SummaryProperties(
        @DefaultValue("5") @Min(2) int smallCellThreshold,
        @DefaultValue("Europe/Amsterdam") @NotNull ZoneId zone) {
}
