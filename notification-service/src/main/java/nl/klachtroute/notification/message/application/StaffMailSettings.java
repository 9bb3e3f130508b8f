package nl.klachtroute.notification.message.application;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;
import nl.klachtroute.notification.message.DigestSchedule;

/**
 * How staff hear about their work by e-mail (municipal practice, so configurable).
 *
 * @param mode          {@code immediate}: one e-mail per new task, reminder, overdue notice or escalation, at
 *                      once; {@code digest}: one e-mail per person per day that lists them all
 * @param digestTime    when the daily digest goes out, Europe/Amsterdam time (default 07:30)
 * @param checkInterval how often the service looks whether a digest is due (the delay after the digest time)
 */
@Validated
@ConfigurationProperties("klachtroute.notification.staff-mail")
public record StaffMailSettings(
        @DefaultValue("immediate") @NotNull Mode mode,
        @DefaultValue("07:30") @NotNull LocalTime digestTime,
        @DefaultValue("1m") @NotNull Duration checkInterval) {

    /** Deadlines and the digest are days in Amsterdam. */
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    public DigestSchedule schedule() {
        return new DigestSchedule(digestTime, AMSTERDAM);
    }

    /** When staff e-mail goes out. */
    public enum Mode {
        IMMEDIATE,
        DIGEST
    }
}
