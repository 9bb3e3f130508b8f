package nl.klachtroute.support.calendar;

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
public record CalendarProperties(
        @DefaultValue({ "2026-01-02", "2026-05-15", "2027-05-07", "2028-04-28", "2028-05-26" })
        List<@NotNull LocalDate> extraNonWorkingDays) {

    /** The decree days known when this was written (2026-2028), also the default of the property. */
    public static final List<LocalDate> KNOWN_DECREE_DAYS = List.of(LocalDate.of(2026, 1, 2),
            LocalDate.of(2026, 5, 15), LocalDate.of(2027, 5, 7), LocalDate.of(2028, 4, 28), LocalDate.of(2028, 5, 26));

    /** A decree never declares a Saturday or Sunday; one in the list is a typo that would hide the real day. */
    @AssertTrue(message = "klachtroute.calendar.extra-non-working-days must hold weekdays only")
    public boolean isEveryExtraNonWorkingDayAWeekday() {
        return extraNonWorkingDays.stream().allMatch(day -> day == null
                || (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY));
    }
}
