package nl.klachtroute.analytics.cube;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.klachtroute.analytics.facts.ComplaintFact;
import nl.klachtroute.analytics.facts.Ending;
import nl.klachtroute.analytics.facts.FactChanges;
import nl.klachtroute.analytics.facts.Registration;
import nl.klachtroute.events.DeadlineKind;

/**
 * What one fact counts for in the cube, and the change of a fact as the difference of what the old and the new fact
 * count for. Only registered facts count, as before.
 */
public final class CubeProjection implements FactChanges {

    private static final List<Level> LEVELS = Arrays.asList(Level.values());
    private final ComplaintCube cube;

    public CubeProjection(ComplaintCube cube) {
        this.cube = cube;
    }

    @Override
    public void changed(ComplaintFact before, ComplaintFact after) {
        Map<CellId, Tally> delta = delta(before, after);
        if (!delta.isEmpty()) {
            cube.add(delta);
        }
    }

    /** The cells that change and by how much; none when the fact counts the same. */
    public static Map<CellId, Tally> delta(ComplaintFact before, ComplaintFact after) {
        Map<CellId, Tally> delta = new HashMap<>();
        contributions(after).forEach((cell, tally) -> delta.computeIfAbsent(cell, c -> new Tally()).add(tally, 1));
        contributions(before).forEach((cell, tally) -> delta.computeIfAbsent(cell, c -> new Tally()).add(tally, -1));
        delta.values().removeIf(Tally::isEmpty);
        return delta;
    }

    /** Every cell the fact counts in, with what it counts there. */
    public static Map<CellId, Tally> contributions(ComplaintFact fact) {
        Map<CellId, Tally> cells = new HashMap<>();
        if (!fact.registered()) {
            return cells;
        }
        Registration registration = fact.registration();
        Tally tally = tally(fact);
        for (View view : View.byReceipt()) {
            List<String> values = view.dimensions().stream().map(d -> value(fact, d)).toList();
            for (Level level : LEVELS) {
                cells.put(new CellId(view, Bucket.of(level, registration.receivedOn()), values), tally);
            }
        }
        if (fact.ombudsmanReferral() != null) {
            YearMonth referred = YearMonth.from(fact.ombudsmanReferral().referredOn());
            YearMonth received = YearMonth.from(registration.receivedOn());
            // The quarterly table counts a referral only for a complaint received by the table's last day.
            Tally referral = received.isAfter(referred) ? new Tally().add(Tally.RECEIVED_LATER + "." + received, 1)
                    : new Tally().add(Tally.RECEIVED, 1);
            cells.put(new CellId(View.REFERRALS, Bucket.of(Level.MONTH, fact.ombudsmanReferral().referredOn()),
                    Collections.singletonList(registration.department())), referral);
        }
        return cells;
    }

    static String value(ComplaintFact fact, Dimension dimension) {
        Registration registration = fact.registration();
        return switch (dimension) {
            case DEPARTMENT -> registration.department();
            case TEAM -> registration.team();
            case CATEGORY -> name(registration.category());
            case CHANNEL -> name(registration.channel());
            case ROUTE -> name(fact.route());
            case REGISTERED_ROUTE -> name(registration.route());
        };
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** What a registered fact counts for in every KPI (see KpiService). */
    static Tally tally(ComplaintFact fact) {
        Registration registration = fact.registration();
        Ending ending = fact.ending();
        Ending.Kind kind = ending == null ? null : ending.kind();
        boolean closed = kind == Ending.Kind.CLOSED;
        Tally tally = new Tally().add(Tally.RECEIVED, 1).count(Tally.FORMAL, fact.formal());
        if (fact.contact() != null) {
            tally.add(Tally.CONTACTED, 1).count(Tally.CONTACTED_IN_TIME, fact.contact().withinDeadline());
        } else if (registration.contactDeadline() != null) {
            tally.add(Tally.UNCONTACTED_BY_DEADLINE + "." + registration.contactDeadline(), 1);
        }
        if (fact.acknowledgedOn() != null) {
            tally.add(Tally.ACKNOWLEDGEMENT_DAYS + "."
                    + ChronoUnit.DAYS.between(registration.receivedOn(), fact.acknowledgedOn()), 1);
        }
        tally.count(Tally.POSTPONED, fact.postponement() != null)
                .count(Tally.OVERDUE, fact.missedDeadlines().contains(DeadlineKind.HANDLING))
                .count(Tally.HEARD, !fact.progress().heard().isEmpty()
                        || (ending != null && Boolean.TRUE.equals(ending.hearingHeld())))
                .count(Tally.OMBUDSMAN, fact.ombudsmanReferral() != null)
                .count(Tally.REPEAT, fact.repeats().any())
                .count(Tally.REPEAT_BY_COMPLAINANT, fact.repeats().bySameComplainant())
                .count(Tally.REPEAT_BY_TEAM_AND_CATEGORY, fact.repeats().bySameTeamAndCategory());
        if (kind != null) {
            tally.add(Tally.ENDINGS + "." + kind, 1);
        }
        Object waiver = fact.progress().waiverGround() != null ? fact.progress().waiverGround()
                : ending == null ? null : ending.hearingWaiverGround();
        if (waiver != null) {
            tally.add(Tally.WAIVERS + "." + waiver, 1);
        }
        if (kind == Ending.Kind.NOT_HANDLED && ending.notHandlingGround() != null) {
            tally.add(Tally.NOT_HANDLED + "." + ending.notHandlingGround(), 1);
        }
        if (closed) {
            tally.add(Tally.CLOSED, 1).count(Tally.CLOSED_ON_TIME, Boolean.TRUE.equals(ending.withinHandlingDeadline()))
                    .add(Tally.LEAD_TIME_DAYS + "." + ChronoUnit.DAYS.between(registration.receivedOn(), ending.endedOn()),
                            1);
            if (ending.judgement() != null) {
                tally.add(Tally.JUDGEMENTS + "." + ending.judgement(), 1);
            }
            Integer actions = ending.improvementActions();
            if (actions != null) {
                tally.count(Tally.WITH_ACTIONS, actions > 0).add(Tally.ACTIONS, actions);
            }
        }
        return tally;
    }
}
