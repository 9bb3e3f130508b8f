package nl.klachtroute.findings.report.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.klachtroute.events.HearingParty;

/** Request bodies of the report API, with sane size limits on every text. */
final class Requests {

    static final int LONG_TEXT = 20_000;

    private Requests() {
    }

    /**
     * @param companions how many people the heard person brought (0-2)
     * @param attendedBy who attended
     * @param record     the written record (verslag)
     */
    record RecordHearing(@NotNull HearingParty party, @NotNull LocalDate heldOn, @Min(0) @Max(2) int companions,
            @Size(max = 500) String attendedBy, @NotBlank @Size(max = LONG_TEXT) String record) {
    }

    record WriteFindings(@NotBlank @Size(max = LONG_TEXT) String findings,
            @Size(max = LONG_TEXT) String proposedSolutions) {
    }

    record ReturnWithRemarks(@NotBlank @Size(max = 5_000) String remarks) {
    }

    /** @param teammanagerId staff id of the teammanager who takes the report over */
    record Reassign(@NotBlank @Pattern(regexp = ReportController.ID) String teammanagerId) {
    }
}
