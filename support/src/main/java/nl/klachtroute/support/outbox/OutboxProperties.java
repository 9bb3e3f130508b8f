package nl.klachtroute.support.outbox;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * @param collections  Mongo collections whose documents carry an outbox
 * @param pollInterval how often the relay looks for pending events (end-to-end latency floor)
 * @param sendTimeout  how long one publish may take before the relay gives up until the next round
 * @param batchSize    documents handled per round
 * @param fullSearchInterval how often the relay searches whole collections for pending events instead of
 *                     following the pointers written with them (zero: every round)
 */
@Validated
@ConfigurationProperties("klachtroute.outbox")
public record OutboxProperties(
        @DefaultValue List<String> collections,
        @DefaultValue("100ms") @NotNull Duration pollInterval,
        @DefaultValue("10s") @NotNull Duration sendTimeout,
        @DefaultValue("200") @Positive int batchSize,
        @DefaultValue("1m") @NotNull Duration fullSearchInterval) {
}
