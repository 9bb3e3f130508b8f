package nl.klachtroute.intake.complaint.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;
import nl.klachtroute.events.HearingParty;
import nl.klachtroute.events.HearingWaiverGround;
import nl.klachtroute.events.Judgement;
import nl.klachtroute.events.NotHandlingGround;
import nl.klachtroute.events.Route;
import nl.klachtroute.intake.complaint.Complaint;
import nl.klachtroute.intake.complaint.ComplaintStatus;
import nl.klachtroute.intake.complaint.FindingsReportFile;
import nl.klachtroute.intake.complaint.Postponement;
import nl.klachtroute.intake.complaint.application.ReadAccess.Audience;

/**
 * A complaint as its reader may see it. The handler sees everything, including the citizen's contact
 * details, the description and the notes of the case file: the handler is the citizen's single point of
 * contact. A teammanager and the employee concerned see the case without the citizen's contact details
 * and without the handler's notes; the employee sees no other people's data (Awb 9:9 copy).
 * {@code citizenWantsNoContact} (handler only) says the citizen asked for no further contact in their feedback and
 * has not asked to hear from us again since: no letters go to them until the handler records that they did
 * ({@code resume-contact}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComplaintView(
        String id,
        ComplaintStatus status,
        long revision,
        boolean formal,
        List<String> missingDetails,
        Route route,
        Category category,
        Channel channel,
        String department,
        String team,
        LocalDate receivedOn,
        LocalDate conductDate,
        LocalDate contactDeadline,
        LocalDate handlingDeadline,
        LocalDate notHandlingNoticeDeadline,
        LocalDate ombudsmanWindowEnd,
        LocalDate nextDeadline,
        boolean overdue,
        String handlerId,
        LocalDate acknowledgedOn,
        LocalDate missingDetailsRequestedOn,
        LocalDate missingDetailsSuppliedOn,
        ContactView contact,
        LocalDate routedOn,
        LocalDate employeeInformedOn,
        String findingsReportId,
        String teammanagerId,
        FindingsReportFile findingsReport,
        List<HearingView> hearings,
        WaiverView hearingWaiver,
        List<Postponement> postponements,
        ClosureView closure,
        InformalView informalResolution,
        NotHandlingView notHandling,
        WithdrawalView withdrawal,
        ReferralView ombudsmanReferral,
        List<ReopeningView> reopenings,
        Boolean citizenWantsNoContact,
        Complainant complainant,
        String description,
        List<String> employeesConcerned,
        List<String> involvedStaff,
        String registeredBy,
        Instant registeredAt,
        List<HistoryEntry> timeline) {

    /** The citizen: name for everyone who may read the complaint, contact details for the handler only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Complainant(String name, String address, String email, String phone) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContactView(LocalDate contactedOn, Channel channel, boolean withinDeadline, String summary,
            String recordedBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HearingView(HearingParty party, LocalDate heldOn, String source, String record, String recordedBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WaiverView(HearingWaiverGround ground, LocalDate decidedOn, String reason, String decidedBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClosureView(LocalDate closedOn, Judgement judgement, String findings, String conclusions,
            List<String> improvementActions, String closedBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InformalView(LocalDate resolvedOn, LocalDate citizenConfirmedOn, Channel confirmedVia, String note,
            String resolvedBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NotHandlingView(NotHandlingGround ground, LocalDate decidedOn, String explanation,
            String decidedBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WithdrawalView(LocalDate withdrawnOn, String reason, String recordedBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReferralView(LocalDate referredOn, boolean afterMissedDeadline, String referredBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReopeningView(LocalDate reopenedOn, ComplaintStatus endedAs, String reason, String decidedBy) {
    }

    /** The handler's view: everything. */
    static ComplaintView of(Complaint c, LocalDate today) {
        return of(c, Audience.HANDLER, null, today);
    }

    /**
     * @param readerId staff id of the reader; for the employee's copy, the only employee it names
     */
    static ComplaintView of(Complaint c, Audience audience, String readerId, LocalDate today) {
        boolean handler = audience == Audience.HANDLER;
        var who = c.details().complainant();
        var d = c.details();
        List<String> employees = audience == Audience.EMPLOYEE ? List.of(readerId) : d.employeesConcerned();
        return new ComplaintView(c.id(), c.status(), c.revision(), c.formality().formal(),
                c.formality().missingDetails(), c.route(), c.category(), c.channel(), d.department(), d.team(),
                c.receivedOn(), d.conductDate(), c.contactDeadline(), c.handlingDeadline(),
                c.notHandlingNoticeDeadline(), c.ombudsmanWindowEnd(), c.nextDeadline(), c.isOverdue(today),
                c.handlerId(), c.acknowledgedOn(), c.missingDetailsRequestedOn(), c.missingDetailsSuppliedOn(),
                c.contact() == null ? null : new ContactView(c.contact().contactedOn(), c.contact().channel(),
                        c.contact().withinDeadline(), handler ? c.contact().summary() : null,
                        c.contact().recordedBy()),
                c.routedOn(), c.employeeInformedOn(), c.findingsReportId(), c.teammanagerId(), c.findingsReport(),
                c.hearings().stream().map(h -> new HearingView(h.party(), h.heldOn(), h.source().name(),
                        handler ? h.record() : null, h.recordedBy())).toList(),
                c.hearingWaiver() == null ? null : new WaiverView(c.hearingWaiver().ground(),
                        c.hearingWaiver().decidedOn(), handler ? c.hearingWaiver().reason() : null,
                        c.hearingWaiver().decidedBy()),
                c.postponements(),
                // The outcome is for everyone who may read the complaint (Awb 9:12 informs the employee too).
                c.closure() == null ? null : new ClosureView(c.closure().closedOn(), c.closure().judgement(),
                        c.closure().findings(), c.closure().conclusions(), c.closure().improvementActions(),
                        c.closure().closedBy()),
                c.informalResolution() == null ? null : new InformalView(c.informalResolution().resolvedOn(),
                        c.informalResolution().citizenConfirmedOn(), c.informalResolution().confirmedVia(),
                        handler ? c.informalResolution().note() : null, c.informalResolution().resolvedBy()),
                c.notHandling() == null ? null : new NotHandlingView(c.notHandling().ground(),
                        c.notHandling().decidedOn(), handler ? c.notHandling().explanation() : null,
                        c.notHandling().decidedBy()),
                c.withdrawal() == null ? null : new WithdrawalView(c.withdrawal().withdrawnOn(),
                        handler ? c.withdrawal().reason() : null, c.withdrawal().recordedBy()),
                c.ombudsmanReferral() == null ? null : new ReferralView(c.ombudsmanReferral().referredOn(),
                        c.ombudsmanReferral().afterMissedDeadline(), c.ombudsmanReferral().referredBy()),
                c.reopenings().stream().map(r -> new ReopeningView(r.reopenedOn(), r.endedAs(),
                        handler ? r.reason() : null, r.decidedBy())).toList(),
                handler ? c.citizenWantsNoContact() : null,
                handler ? new Complainant(who.name(), who.address(), who.email(), who.phone())
                        : new Complainant(who.name(), null, null, null),
                d.description(), employees, audience == Audience.EMPLOYEE ? null : d.involvedStaff(),
                c.registeredBy(), c.registeredAt(),
                handler ? c.timeline().stream().map(HistoryEntry::of).toList() : null);
    }
}
