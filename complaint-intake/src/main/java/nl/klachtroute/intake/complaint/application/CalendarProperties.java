package nl.klachtroute.intake.complaint.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/**
 * The working-day calendar's configuration.
 *
 * @param extraNonWorkingDays days a Royal Decree declares equal to a holiday (Atw art. 3 lid 3), ISO dates;
 *        the government announces them a few years ahead, so the list needs an update every few years
 */
@Validated
@ConfigurationProperties("klachtroute.calendar")
public record CalendarProperties(@DefaultValue List<@NotNull LocalDate> extraNonWorkingDays) {

    /** A decree never declares a Saturday or Sunday; one in the list is a typo that would hide the real day. */
    @AssertTrue(message = "klachtroute.calendar.extra-non-working-days must hold weekdays only")
    public boolean isEveryExtraNonWorkingDayAWeekday() {
        return extraNonWorkingDays.stream().allMatch(day -> day == null
                || (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY));
    }
}
