package nl.klachtroute.analytics.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import nl.klachtroute.analytics.feedback.FeedbackFigures;
import nl.klachtroute.analytics.feedback.FeedbackService;
import nl.klachtroute.analytics.kpi.DayStatistics;
import nl.klachtroute.analytics.kpi.GroupBy;
import nl.klachtroute.analytics.kpi.Granularity;
import nl.klachtroute.analytics.kpi.KpiQuery;
import nl.klachtroute.analytics.kpi.KpiReport;
import nl.klachtroute.analytics.kpi.KpiService;
import nl.klachtroute.analytics.kpi.Kpis;
import nl.klachtroute.analytics.kpi.Ratio;
import nl.klachtroute.analytics.summary.Cell;

/**
 * Builds the council's half-year report from the KPIs and the citizens' answers after closure of the half year and
 * of the one before.
 */
public final class CouncilReportService {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private final KpiService kpis;
    private final FeedbackService feedback;

    public CouncilReportService(KpiService kpis, FeedbackService feedback) {
        this.kpis = kpis;
        this.feedback = feedback;
    }

    public CouncilReport report(int year, int half) {
        LocalDate from = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        LocalDate to = half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
        LocalDate previousFrom = from.minusMonths(6);
        LocalDate previousTo = from.minusDays(1);
        KpiReport now = kpis.report(new KpiQuery(Granularity.YEAR, from, to, GroupBy.NONE, null, null));
        KpiReport before = kpis.report(new KpiQuery(Granularity.YEAR, previousFrom, previousTo, GroupBy.NONE, null,
                null));
        Kpis current = first(now);
        Kpis previous = first(before);
        List<CouncilReport.Line> lines = new ArrayList<>();
        count(lines, "Ontvangen klachten", current, previous, Kpis::received);
        ratio(lines, "Contact binnen 5 werkdagen", current, previous, Kpis::contactedWithin5WorkingDays);
        ratio(lines, "Binnen de termijn afgehandeld (doel " + Math.round(now.onTimeTarget() * 100) + "%)", current,
                previous, Kpis::handledOnTime);
        count(lines, "Verdaagd", current, previous, Kpis::postponed);
        days(lines, "Doorlooptijd, mediaan (dagen)", current, previous, DayStatistics::median);
        days(lines, "Doorlooptijd, 90% binnen (dagen)", current, previous, DayStatistics::p90);
        for (String judgement : List.of("GEGROND", "DEELS_GEGROND", "ONGEGROND", "GEEN_OORDEEL")) {
            count(lines, "Oordeel: " + judgement.toLowerCase(Locale.ROOT).replace('_', ' '), current, previous,
                    k -> k.judgements().get(judgement));
        }
        count(lines, "Informeel opgelost", current, previous, Kpis::informalResolutions);
        count(lines, "Hoorzitting gehouden", current, previous, Kpis::hearingsHeld);
        count(lines, "Met verbetermaatregelen", current, previous, Kpis::withImprovementActions);
        count(lines, "Doorverwezen naar de ombudsman", current, previous, Kpis::ombudsmanReferrals);
        count(lines, "Herhaalde klachten", current, previous, Kpis::repeatComplaints);
        FeedbackFigures answersNow = feedback.total(from, to);
        FeedbackFigures answersBefore = feedback.total(previousFrom, previousTo);
        boolean measured = answersNow.measured() || answersBefore.measured();
        return new CouncilReport(year, half, from, to, current, previous, lines, now.onTimeTarget(),
                measured ? CouncilReport.SATISFACTION_MEASURED : CouncilReport.SATISFACTION_NOT_MEASURED,
                measured ? feedbackLines(answersNow, answersBefore) : List.of());
    }

    /** As the other lines: {@code <5} where too few citizens answered, {@code -} where nothing was measured. */
    private List<CouncilReport.Line> feedbackLines(FeedbackFigures now, FeedbackFigures before) {
        String hidden = "<" + feedback.smallCellThreshold();
        List<CouncilReport.Line> lines = new ArrayList<>();
        Long a = now.answers();
        Long b = before.answers();
        lines.add(new CouncilReport.Line("Antwoorden op de tevredenheidsvraag na afsluiting",
                a == null ? hidden : a.toString(), b == null ? hidden : b.toString(), change(a, b)));
        mean(lines, "Tevredenheid over de behandeling, gemiddeld (1-5)", now, before, hidden,
                FeedbackFigures::meanSatisfaction);
        Function<FeedbackFigures, Double> respected = f -> f.respect() == null ? null : f.respect().yes();
        Double ra = respected.apply(now);
        Double rb = respected.apply(before);
        lines.add(new CouncilReport.Line("Met respect behandeld (ja)", shown(now, hidden, ra == null ? null
                : Math.round(ra * 100) + "%"), shown(before, hidden, rb == null ? null : Math.round(rb * 100) + "%"),
                points(ra, rb)));
        mean(lines, "Vertrouwen in de gemeente, gemiddeld (1-5)", now, before, hidden, FeedbackFigures::meanTrust);
        share(lines, "Respons: afgesloten klachten met een antwoord", now, before, hidden,
                FeedbackFigures::responseRate);
        share(lines, "Ontevreden antwoorden gevolgd door heropening of ombudsman", now, before, hidden,
                FeedbackFigures::unhappyFollowedUp);
        return lines;
    }

    private static void mean(List<CouncilReport.Line> lines, String figure, FeedbackFigures now,
            FeedbackFigures before, String hidden, Function<FeedbackFigures, Double> mean) {
        Double a = mean.apply(now);
        Double b = mean.apply(before);
        lines.add(new CouncilReport.Line(figure, shown(now, hidden, a == null ? null : decimal(a)),
                shown(before, hidden, b == null ? null : decimal(b)),
                a == null || b == null ? "" : signedDecimal(Math.round(a * 10) / 10.0 - Math.round(b * 10) / 10.0)));
    }

    private static void share(List<CouncilReport.Line> lines, String figure, FeedbackFigures now,
            FeedbackFigures before, String hidden, Function<FeedbackFigures, Ratio> ratio) {
        Ratio a = now.suppressed() ? null : ratio.apply(now);
        Ratio b = before.suppressed() ? null : ratio.apply(before);
        lines.add(new CouncilReport.Line(figure, shown(now, hidden, ratioText(a, hidden)),
                shown(before, hidden, ratioText(b, hidden)), a == null || b == null || a.share() == null
                        || b.share() == null ? "" : points(a.share(), b.share())));
    }

    /** The value of a cell: hidden when the cell is suppressed, {@code -} when there is nothing to show. */
    private static String shown(FeedbackFigures cell, String hidden, String value) {
        if (cell.suppressed()) {
            return hidden;
        }
        return value == null ? "-" : value;
    }

    private static String ratioText(Ratio ratio, String hidden) {
        if (ratio == null) {
            return null;
        }
        if (ratio.suppressed()) {
            return hidden;
        }
        return ratio.share() == null ? null
                : Math.round(ratio.share() * 100) + "% (" + ratio.count() + " van " + ratio.of() + ")";
    }

    private static String points(Double now, Double before) {
        return now == null || before == null ? "" : signed(Math.round(now * 100) - Math.round(before * 100))
                + " procentpunt";
    }

    /** One decimal with a Dutch comma: {@code 3,6}. */
    private static String decimal(double value) {
        return String.format(DUTCH, "%.1f", value);
    }

    private static String signedDecimal(double difference) {
        String text = decimal(difference);
        return difference > 0.04 ? "+" + text : text.equals("-0,0") ? "0,0" : text;
    }

    private static Kpis first(KpiReport report) {
        return report.rows().isEmpty() || report.rows().get(0).suppressed() ? null : report.rows().get(0).kpis();
    }

    private static void count(List<CouncilReport.Line> lines, String figure, Kpis now, Kpis before,
            Function<Kpis, Cell> cell) {
        Long a = value(now == null ? null : cell.apply(now));
        Long b = value(before == null ? null : cell.apply(before));
        lines.add(new CouncilReport.Line(figure, text(now, a), text(before, b), change(a, b)));
    }

    private static void ratio(List<CouncilReport.Line> lines, String figure, Kpis now, Kpis before,
            Function<Kpis, Ratio> ratio) {
        Ratio a = now == null ? null : ratio.apply(now);
        Ratio b = before == null ? null : ratio.apply(before);
        lines.add(new CouncilReport.Line(figure, percent(a), percent(b), a == null || b == null || a.share() == null
                || b.share() == null ? "" : signed(Math.round((a.share() - b.share()) * 100)) + " procentpunt"));
    }

    private static void days(List<CouncilReport.Line> lines, String figure, Kpis now, Kpis before,
            Function<DayStatistics, Long> statistic) {
        Long a = now == null || now.leadTimeDays().suppressed() ? null : statistic.apply(now.leadTimeDays());
        Long b = before == null || before.leadTimeDays().suppressed() ? null : statistic.apply(before.leadTimeDays());
        lines.add(new CouncilReport.Line(figure, a == null ? "-" : a.toString(), b == null ? "-" : b.toString(),
                change(a, b)));
    }

    private static Long value(Cell cell) {
        return cell == null ? 0L : cell.suppressed() ? null : cell.count();
    }

    private static String text(Kpis kpis, Long value) {
        if (kpis == null) {
            return "0";
        }
        return value == null ? "<5" : value.toString();
    }

    private static String percent(Ratio ratio) {
        if (ratio == null || ratio.share() == null) {
            return "-";
        }
        return ratio.suppressed() ? "<5" : Math.round(ratio.share() * 100) + "% (" + ratio.count() + " van " + ratio.of() + ")";
    }

    private static String change(Long now, Long before) {
        return now == null || before == null ? "" : signed(now - before);
    }

    private static String signed(long difference) {
        return difference > 0 ? "+" + difference : Long.toString(difference);
    }
}
