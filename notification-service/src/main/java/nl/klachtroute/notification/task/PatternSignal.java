package nl.klachtroute.notification.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.SignalKind;
import nl.klachtroute.events.analytics.PatternSignalRaised;

/**
 * A pattern analytics saw (signaal), as the manager's task needs it: what kind, where, when, and the
 * numbers. Pseudonymised counts only, so nothing here points to a citizen or an employee.
 *
 * @param signalId   analytics' id of the signal; the same signal raised again has the same id
 * @param department afdeling, or null
 * @param team       team, or null
 * @param category   category, or null
 * @param period     e.g. {@code 2026-Q2}
 * @param count      what analytics counted in the period
 * @param baseline   what it counts normally (its own baseline)
 */
public record PatternSignal(String signalId, SignalKind kind, String department, String team, Category category,
        String period, long count, double baseline) {

    public PatternSignal {
        Objects.requireNonNull(signalId, "signalId");
        Objects.requireNonNull(kind, "kind");
        department = blankToNull(department);
        team = blankToNull(team);
        period = blankToNull(period);
    }

    public static PatternSignal of(PatternSignalRaised raised) {
        return new PatternSignal(raised.signalId(), raised.kind(), raised.department(), raised.team(),
                raised.category(), raised.period(), raised.count(), raised.baseline());
    }

    /** Where the pattern is, in Dutch: "team Activering Noord (afdeling Activering), categorie bejegening". */
    public String scope() {
        List<String> parts = new ArrayList<>();
        if (team != null) {
            parts.add("team " + team + (department == null ? "" : " (afdeling " + department + ")"));
        } else if (department != null) {
            parts.add("afdeling " + department);
        }
        if (category != null) {
            parts.add("categorie " + categoryInWords(category));
        }
        if (parts.isEmpty()) {
            parts.add("alle afdelingen");
        }
        return String.join(", ", parts) + (period == null ? "" : ", " + period);
    }

    static String categoryInWords(Category category) {
        if (category == Category.RE_INTEGRATIETRAJECT) {
            return "re-integratietraject";
        }
        return category.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
