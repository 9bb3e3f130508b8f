package nl.klachtroute.intake.complaint.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A day that has happened: not after today in Amsterdam by the service's clock, and not before 2000 (older
 * dates are typing errors). Checked against the injected {@link java.time.Clock} rather than the system
 * clock, so tests and the local stack can move time. Dates relative to the complaint (not before receipt)
 * are the complaint's own rule.
 */
@Documented
@Constraint(validatedBy = PastDateValidator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface PastDate {

    String message() default "must be a date between 2000-01-01 and today";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
