package nl.klachtroute.notification.task.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * Who gets tasks the events cannot address themselves (municipal practice, so configurable).
 *
 * @param intakeOwner    owner of "send the acknowledgement" and "request missing details" while the complaint
 *                       has no handler yet: {@code ComplaintRegistered} does not say who registered it. The
 *                       task moves to the handler once {@code HandlerAssigned} arrives. Default: the lead of
 *                       the Klachtenteam Sociaal ({@code sis.lead}).
 * @param escalationFallback lead for escalations when the staff directory knows no lead of the owner
 * @param feedbackFollowUpWorkingDays working days the handler has to follow up an unhappy answer to the
 *                       satisfaction check, counted from the day it arrives (default 5, like the first contact)
 */
@Validated
@ConfigurationProperties("klachtroute.tasks")
public record TaskSettings(
        @DefaultValue("sis.lead") @NotBlank String intakeOwner,
        @DefaultValue("sis.lead") @NotBlank String escalationFallback,
        @DefaultValue("5") @Positive int feedbackFollowUpWorkingDays) {
}
