package nl.klachtroute.intake.complaint.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The conduct complained about happened on or before the day the complaint was received. Reported on the
 * {@code conductDate} field, so the problem names it.
 */
@Documented
@Constraint(validatedBy = ConductBeforeReceipt.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConductBeforeReceipt {

    String message() default "must not be after receivedOn";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConductBeforeReceipt, RegisterComplaintRequest> {

        @Override
        public boolean isValid(RegisterComplaintRequest request, ConstraintValidatorContext context) {
            if (request == null || request.conductDate() == null || request.receivedOn() == null
                    || !request.conductDate().isAfter(request.receivedOn())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("conductDate").addConstraintViolation();
            return false;
        }
    }
}
