package nl.klachtroute.notification.task.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * Who looks at a pattern signal of analytics, and by when (municipal practice, so configurable).
 *
 * @param fallbackManager manager who gets a signal when the staff directory knows no teammanager of its team and
 *                        no lead of its department's teammanagers (default: the department manager
 *                        {@code am.visser})
 * @param dueWorkingDays  working days (Atw, on the shared calendar) the manager has to look at it, counted from
 *                        the day the signal arrives
 */
@Validated
@ConfigurationProperties("klachtroute.tasks.pattern-signals")
public record PatternSignalSettings(
        @DefaultValue("am.visser") @NotBlank String fallbackManager,
        @DefaultValue("10") @Min(1) @Max(60) int dueWorkingDays) {
}
