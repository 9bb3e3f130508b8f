package nl.klachtroute.notification.message;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When the daily digest goes out: every day at {@code time} in {@code zone} (07:30 Europe/Amsterdam by
 * default). The digest of a day lists every notice that arose before that day's digest time and was not
 * listed before.
 */
public record DigestSchedule(LocalTime time, ZoneId zone) {

    public DigestSchedule {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
    }

    /** The moment the digest of {@code day} is due. */
    public Instant cutoff(LocalDate day) {
        return day.atTime(time).atZone(zone).toInstant();
    }

    /** The day of the latest digest that is due at {@code now}: today from the digest time on, else yesterday. */
    public LocalDate latestDueDay(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return now.isBefore(cutoff(today)) ? today.minusDays(1) : today;
    }

    /** The day of the first digest that lists a notice that arose at {@code at}. */
    public LocalDate firstDayListing(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        return at.isBefore(cutoff(day)) ? day : day.plusDays(1);
    }
}
