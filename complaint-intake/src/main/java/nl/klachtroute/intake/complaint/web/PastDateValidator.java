package nl.klachtroute.intake.complaint.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.klachtroute.intake.complaint.Complaint;

/** Created by Spring's constraint validator factory, which injects the service's clock. */
public class PastDateValidator implements ConstraintValidator<PastDate, LocalDate> {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private final Clock clock;

    public PastDateValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String problem = null;
        if (value.isAfter(LocalDate.now(clock.withZone(Complaint.ZONE)))) {
            problem = "must not be in the future";
        } else if (value.isBefore(EARLIEST)) {
            problem = "must not be before 2000-01-01";
        }
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }
}
