package nl.klachtroute.analytics.summary;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import nl.klachtroute.analytics.cube.CellId;
import nl.klachtroute.analytics.cube.ComplaintCube;
import nl.klachtroute.analytics.cube.CubeReading;
import nl.klachtroute.analytics.cube.Level;
import nl.klachtroute.analytics.cube.Tally;
import nl.klachtroute.analytics.cube.View;
import nl.klachtroute.analytics.facts.Periods;

/** The summary's counts from the cube: per team when one department is asked for, else across the organisation. */
public final class CubeStatistics implements FactStatistics {

    /** Shown for a complaint that lacks the dimension; the contract requires every dimension, so rare. */
    static final String UNKNOWN = "ONBEKEND";
    private final CubeReading cube;

    public CubeStatistics(ComplaintCube cube) {
        this.cube = new CubeReading(cube);
    }

    @Override
    public long count(SummaryFilter filter) {
        return total(filter).get(Tally.RECEIVED);
    }

    @Override
    public Map<String, Long> countBy(Dimension dimension, SummaryFilter filter) {
        boolean one = filter.department() != null;
        return switch (dimension) {
            case CATEGORY -> countBy(one ? View.TEAM_CATEGORY : View.CATEGORY, Level.YEAR, filter,
                    cell -> cell.value(nl.klachtroute.analytics.cube.Dimension.CATEGORY));
            case DEPARTMENT -> countBy(View.TEAM, Level.YEAR, filter,
                    cell -> cell.value(nl.klachtroute.analytics.cube.Dimension.DEPARTMENT));
            case ROUTE -> countBy(one ? View.TEAM_ROUTE : View.ROUTE, Level.YEAR, filter,
                    cell -> cell.value(nl.klachtroute.analytics.cube.Dimension.REGISTERED_ROUTE));
            case CHANNEL -> countBy(one ? View.TEAM_CHANNEL : View.CHANNEL, Level.YEAR, filter,
                    cell -> cell.value(nl.klachtroute.analytics.cube.Dimension.CHANNEL));
            case QUARTER -> countBy(one ? View.TEAM : View.ALL, Level.MONTH, filter,
                    cell -> Periods.quarterOf(cell.bucket().start()));
        };
    }

    @Override
    public ContactCounts contactCounts(SummaryFilter filter, LocalDate today) {
        Tally total = total(filter);
        long due = total.get(Tally.CONTACTED);
        for (Map.Entry<String, Long> uncontacted : total.breakdown(Tally.UNCONTACTED_BY_DEADLINE).entrySet()) {
            if (LocalDate.parse(uncontacted.getKey()).isBefore(today)) {
                due += uncontacted.getValue();
            }
        }
        return new ContactCounts(due, total.get(Tally.CONTACTED_IN_TIME));
    }

    private Tally total(SummaryFilter filter) {
        Tally total = new Tally();
        read(filter.department() != null ? View.TEAM : View.ALL, Level.YEAR, filter)
                .values().forEach(tally -> total.add(tally, 1));
        return total;
    }

    private Map<String, Long> countBy(View view, Level coarsest, SummaryFilter filter, Function<CellId, String> key) {
        Map<String, Long> counts = new HashMap<>();
        read(view, coarsest, filter).forEach((cell, tally) -> {
            long received = tally.get(Tally.RECEIVED);
            if (received != 0) {
                counts.merge(Objects.requireNonNullElse(key.apply(cell), UNKNOWN), received, Long::sum);
            }
        });
        return counts;
    }

    private Map<CellId, Tally> read(View view, Level coarsest, SummaryFilter filter) {
        return cube.read(view, filter.from(), filter.to(), coarsest, cell -> filter.department() == null
                || filter.department().equals(cell.value(nl.klachtroute.analytics.cube.Dimension.DEPARTMENT)));
    }
}
