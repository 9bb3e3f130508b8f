package nl.klachtroute.support.calendar;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

import org.junit.jupiter.params.converter.ConvertWith;
import org.junit.jupiter.params.converter.TypedArgumentConverter;

/**
 * A date in a test table written the way a handler says it, {@code "Fri 24 Apr 2026"}. The weekday is checked
 * against the date, so a table row cannot claim a Monday that is really a Tuesday.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@ConvertWith(WrittenDate.Converter.class)
public @interface WrittenDate {

    DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);

    final class Converter extends TypedArgumentConverter<String, LocalDate> {

        public Converter() {
            super(String.class, LocalDate.class);
        }

        @Override
        protected LocalDate convert(String written) {
            return LocalDate.parse(written.strip(), FORMAT);
        }
    }
}
