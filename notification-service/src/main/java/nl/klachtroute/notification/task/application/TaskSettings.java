package nl.klachtroute.notification.task.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/**
 * Who gets tasks the events cannot address themselves (municipal practice, so configurable).
 *
 * @param intakeOwner    owner of "send the acknowledgement" and "request missing details" while the complaint
 *                       has no handler yet: {@code ComplaintRegistered} does not say who registered it. The
 *                       task moves to the handler once {@code HandlerAssigned} arrives. Default: the lead of
 *                       the Klachtenteam Sociaal ({@code sis.lead}).
 * @param escalationFallback lead for escalations when the staff directory knows no lead of the owner
 */
@Validated
@ConfigurationProperties("klachtroute.tasks")
public record TaskSettings(
        @DefaultValue("sis.lead") @NotBlank String intakeOwner,
        @DefaultValue("sis.lead") @NotBlank String escalationFallback) {
}
