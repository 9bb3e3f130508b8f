package nl.klachtroute.analytics.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import nl.klachtroute.analytics.kpi.DayStatistics;
import nl.klachtroute.analytics.kpi.GroupBy;
import nl.klachtroute.analytics.kpi.Granularity;
import nl.klachtroute.analytics.kpi.KpiQuery;
import nl.klachtroute.analytics.kpi.KpiReport;
import nl.klachtroute.analytics.kpi.KpiService;
import nl.klachtroute.analytics.kpi.Kpis;
import nl.klachtroute.analytics.kpi.Ratio;
import nl.klachtroute.analytics.summary.Cell;

/** Builds the council's half-year report from the KPIs of the half year and of the one before. */
public final class CouncilReportService {

    private final KpiService kpis;

    public CouncilReportService(KpiService kpis) {
        this.kpis = kpis;
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
        return new CouncilReport(year, half, from, to, current, previous, List.copyOf(lines), now.onTimeTarget(),
                CouncilReport.SATISFACTION_NOT_MEASURED);
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
