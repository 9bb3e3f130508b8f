package nl.klachtroute.analytics.kpi;

import java.util.Map;

import nl.klachtroute.analytics.summary.Cell;

/**
 * The KPIs of DOMAIN.md for one group of complaints, counted by day of receipt. Every count is a
 * {@link Cell}, suppressed when small where a team could be recognised.
 *
 * @param received                   volume (instroom)
 * @param formal                     formal at registration or made formal by the missing details (Awb 9:4)
 * @param contactedWithin5WorkingDays of the complaints due for contact, those contacted in time
 * @param daysToAcknowledgement      receipt to acknowledgement (Awb 9:6), calendar days
 * @param handledOnTime              of the closed complaints, those closed within the handling term
 * @param meetsOnTimeTarget          handledOnTime reaches WPI's target; null when unknown or suppressed
 * @param postponed                  handling term postponed (Awb 9:11 lid 2)
 * @param overdue                    handling deadline reported missed
 * @param leadTimeDays               receipt to closure with a judgement, calendar days
 * @param endings                    closed / resolved informally / not handled / withdrawn
 * @param judgements                 judgement split of the closed complaints
 * @param hearingsHeld               complaints with a recorded hearing
 * @param hearingsWaived             complaints whose citizen hearing was waived, by ground (Awb 9:10 lid 2)
 * @param informalResolutions        resolved informally (Awb 9:5)
 * @param notHandled                 not handled, by ground (Awb 9:8)
 * @param withImprovementActions     closed with at least one improvement action
 * @param improvementActions         improvement actions taken in total
 * @param ombudsmanReferrals         referred to the Ombudsman Metropool Amsterdam
 * @param repeatComplaints           an earlier complaint within 12 months by the same complainant, or about
 *                                   the same team and category
 * @param repeatBySameComplainant    of which by the same complainant (pseudonym); an anonymised complaint has
 *                                   no pseudonym left and takes no part in this count
 * @param repeatBySameTeamAndCategory of which about the same team and category
 */
public record Kpis(
        Cell received,
        Cell formal,
        Ratio contactedWithin5WorkingDays,
        DayStatistics daysToAcknowledgement,
        Ratio handledOnTime,
        Boolean meetsOnTimeTarget,
        Cell postponed,
        Cell overdue,
        DayStatistics leadTimeDays,
        Map<String, Cell> endings,
        Map<String, Cell> judgements,
        Cell hearingsHeld,
        Map<String, Cell> hearingsWaived,
        Cell informalResolutions,
        Map<String, Cell> notHandled,
        Cell withImprovementActions,
        Cell improvementActions,
        Cell ombudsmanReferrals,
        Cell repeatComplaints,
        Cell repeatBySameComplainant,
        Cell repeatBySameTeamAndCategory) {
}
