package nl.klachtroute.intake.complaint.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.klachtroute.events.Channel;
import nl.klachtroute.events.HearingParty;
import nl.klachtroute.events.HearingWaiverGround;
import nl.klachtroute.events.Judgement;
import nl.klachtroute.events.NotHandlingGround;
import nl.klachtroute.intake.complaint.Complainant;

/**
 * The bodies of the commands ({@code POST /api/complaints/{id}/<command>}). Dates default to today where
 * they are optional; none may lie in the future. Free text is kept in intake and never published.
 */
public final class CommandRequests {

    private CommandRequests() {
    }

    /**
     * What the citizen supplied after registration (Awb 9:4), validated like a registration. Every part is
     * optional; a supply with no part at all is refused by the complaint (422 {@code nothing-supplied}).
     *
     * @param complainant the complainant's details supplied: name, address, e-mail, phone
     * @param description the description of the conduct, if supplied
     * @param suppliedOn  day the details came in; default today
     */
    public record SupplyMissingDetails(@Valid RegisterComplaintRequest.ComplainantDetails complainant,
            @Size(max = 10_000) String description, @PastDate LocalDate suppliedOn) {

        Complainant supplied() {
            return complainant == null ? Complainant.UNKNOWN
                    : new Complainant(complainant.name(), complainant.address(), complainant.email(),
                            complainant.phone());
        }

        @Override
        public String toString() {
            return "SupplyMissingDetails[" + suppliedOn + ", redacted]";
        }
    }

    /** @param acknowledgedOn day the acknowledgement went out; default today */
    public record Acknowledge(@PastDate LocalDate acknowledgedOn) {
    }

    /** @param handlerId staff id of the (new) handler */
    public record Assign(@NotBlank @Size(max = 64) @Pattern(regexp = StaffIds.PATTERN) String handlerId) {
    }

    /**
     * @param contactedOn day of the contact
     * @param channel     how the citizen was reached
     * @param summary     short summary of the conversation
     */
    public record Contact(@NotNull @PastDate LocalDate contactedOn, @NotNull Channel channel,
            @NotBlank @Size(max = 2_000) String summary) {

        @Override
        public String toString() {
            return "Contact[" + contactedOn + ", " + channel + "]";
        }
    }

    /** @param informedOn day the employee received the copy; default today */
    public record InformEmployee(@PastDate LocalDate informedOn) {
    }

    /**
     * @param party  who was heard
     * @param heldOn day of the hearing
     * @param record the written record (verslag)
     */
    public record Hearing(@NotNull HearingParty party, @NotNull @PastDate LocalDate heldOn,
            @NotBlank @Size(max = 20_000) String record) {

        @Override
        public String toString() {
            return "Hearing[" + party + ", " + heldOn + "]";
        }
    }

    /**
     * @param ground CLEARLY_UNFOUNDED (a), CITIZEN_DECLINED (b) or NO_RESPONSE_WITHIN_TERM (c)
     * @param reason    the handler's explanation
     * @param decidedOn day of the decision; default today
     */
    public record WaiveHearing(@NotNull HearingWaiverGround ground, @Size(max = 2_000) String reason,
            @PastDate LocalDate decidedOn) {
    }

    /**
     * @param weeks              weeks to add (1..4 the first time)
     * @param citizenNotifiedOn  written notice to the citizen (first postponement)
     * @param employeeNotifiedOn written notice to the employee concerned (first postponement)
     * @param citizenConsentOn   the citizen's written consent (any later delay)
     */
    public record Postpone(@NotNull @Min(1) @Max(52) Integer weeks, @PastDate LocalDate citizenNotifiedOn,
            @PastDate LocalDate employeeNotifiedOn, @PastDate LocalDate citizenConsentOn) {
    }

    /**
     * @param judgement          GEGROND, DEELS_GEGROND, ONGEGROND or GEEN_OORDEEL
     * @param findings           what the investigation found
     * @param conclusions        what the municipality concludes
     * @param improvementActions what will be improved
     * @param closedOn           day the outcome letter went out; default today
     */
    public record Close(@NotNull Judgement judgement, @NotBlank @Size(max = 20_000) String findings,
            @NotBlank @Size(max = 20_000) String conclusions,
            @Size(max = 20) List<@NotBlank @Size(max = 1_000) String> improvementActions,
            @PastDate LocalDate closedOn) {

        @Override
        public String toString() {
            return "Close[" + judgement + "]";
        }
    }

    /**
     * @param citizenConfirmedOn day the citizen confirmed being satisfied
     * @param confirmedVia       how the citizen confirmed it
     * @param note               the handler's note
     * @param resolvedOn         day the complaint was resolved; default today
     */
    public record ResolveInformally(@NotNull @PastDate LocalDate citizenConfirmedOn, @NotNull Channel confirmedVia,
            @Size(max = 2_000) String note, @PastDate LocalDate resolvedOn) {

        @Override
        public String toString() {
            return "ResolveInformally[" + citizenConfirmedOn + ", " + confirmedVia + "]";
        }
    }

    /**
     * @param ground      the ground of Awb 9:8
     * @param explanation the handler's explanation
     * @param decidedOn   day the written notice went out; default today
     */
    public record NotHandled(@NotNull NotHandlingGround ground, @Size(max = 2_000) String explanation,
            @PastDate LocalDate decidedOn) {

        @Override
        public String toString() {
            return "NotHandled[" + ground + "]";
        }
    }

    /**
     * @param withdrawnOn day the citizen withdrew it; default today
     * @param reason      what the citizen said
     */
    public record Withdraw(@PastDate LocalDate withdrawnOn, @Size(max = 2_000) String reason) {

        @Override
        public String toString() {
            return "Withdraw[" + withdrawnOn + "]";
        }
    }

    /** @param reason the recorded decision to reopen */
    public record Reopen(@NotBlank @Size(max = 2_000) String reason) {

        @Override
        public String toString() {
            return "Reopen[redacted]";
        }
    }

    /**
     * @param askedOn day the citizen asked to hear about the complaint again; default today
     * @param channel how they asked
     */
    public record ResumeContact(@PastDate LocalDate askedOn, @NotNull Channel channel) {
    }
}
