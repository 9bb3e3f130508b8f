package nl.klachtroute.intake.complaint;

import static nl.klachtroute.intake.complaint.ComplaintBuilder.DESCRIPTION;
import static nl.klachtroute.intake.complaint.ComplaintBuilder.PSEUDONYMS;
import static nl.klachtroute.intake.complaint.ComplaintBuilder.REGISTERED_AT;
import static nl.klachtroute.intake.complaint.ComplaintBuilder.aComplaint;
import static nl.klachtroute.intake.complaint.ComplaintBuilder.date;
import static nl.klachtroute.intake.complaint.ComplaintBuilder.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.klachtroute.events.Channel;
import nl.klachtroute.events.EventCatalog;
import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.EventSchemas;
import nl.klachtroute.events.complaint.ComplaintEvent;
import nl.klachtroute.events.complaint.MissingDetailsSupplied;
import nl.klachtroute.support.problem.RuleViolationException;

/**
 * The citizen supplies what a formal complaint lacked (Awb 9:4): the details are merged and the formality is
 * assessed again by {@link Formality}'s rules. Received Fri 24 Apr 2026; {@code day(n)} is n days after
 * registration, {@code date(n)} n days after receipt. Which states allow it is {@link ComplaintStateMachineTest}.
 */
class SupplyingMissingDetailsTest {

    private static final String HANDLER = "h.devries";
    private static final String ADDRESS = "Voorbeeldstraat 1, 1011 AA Amsterdam";
    private static final Complainant NAME_ONLY = new Complainant("Fenna Fictief", null, null, null);

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = { "LETTER", "EMAIL", "WEB_FORM" })
    void aWrittenComplaintBecomesFormalWhenTheMissingAddressIsSupplied(Channel written) {
        Complaint complaint = aComplaint().via(written).from(NAME_ONLY).registered();
        assertThat(complaint.formality()).isEqualTo(new Formality(false, List.of("address")));

        List<ComplaintEvent> events = complaint.supplyMissingDetails(address(ADDRESS), null, date(2), day(3), HANDLER);

        assertThat(events).containsExactly(new MissingDetailsSupplied(date(2), true, List.of()));
        assertThat(complaint.formality()).isEqualTo(new Formality(true, List.of()));
        assertThat(complaint.details().complainant().address()).isEqualTo(ADDRESS);
        assertThat(complaint.missingDetailsSuppliedOn()).isEqualTo(date(2));
        assertThat(complaint.timeline()).last().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(TimelineEntry.Kind.MISSING_DETAILS_SUPPLIED);
            assertThat(entry.by()).isEqualTo(HANDLER);
            assertThat(entry.detail()).isEqualTo("address formal");
        });
        assertThat(complaint.status()).as("supplying moves no step of the route").isEqualTo(ComplaintStatus.REGISTERED);
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = { "PHONE", "COUNTER" })
    void anOralComplaintStaysInformalEvenWhenNothingIsMissingAnyMore(Channel oral) {
        Complaint complaint = aComplaint().via(oral).from(NAME_ONLY).registered();

        List<ComplaintEvent> events = complaint.supplyMissingDetails(address(ADDRESS), null, null, day(1), HANDLER);

        assertThat(events).containsExactly(new MissingDetailsSupplied(date(1), false, List.of()));
        assertThat(complaint.formality()).isEqualTo(new Formality(false, List.of()));
        assertThat(complaint.timeline()).last().extracting(TimelineEntry::detail).isEqualTo("address");
    }

    @Test
    void whatIsStillMissingStaysListedAfterAPartialSupply() {
        Complaint complaint = aComplaint().via(Channel.EMAIL).from(Complainant.UNKNOWN).describedAs(null).registered();

        List<ComplaintEvent> first = complaint.supplyMissingDetails(new Complainant("Fenna Fictief", null, null, null),
                null, date(1), day(1), HANDLER);
        assertThat(first).containsExactly(new MissingDetailsSupplied(date(1), false, List.of("address", "description")));

        List<ComplaintEvent> second = complaint.supplyMissingDetails(address(ADDRESS), DESCRIPTION, date(2), day(2),
                HANDLER);
        assertThat(second).containsExactly(new MissingDetailsSupplied(date(2), true, List.of()));
        assertThat(complaint.details().description()).isEqualTo(DESCRIPTION);
        assertThat(complaint.missingDetailsSuppliedOn()).isEqualTo(date(2));
        assertThat(complaint.timeline()).extracting(TimelineEntry::detail).endsWith("name",
                "address,description formal");
    }

    @Test
    void suppliedPartsReplaceWhatWasKnownAndNothingKnownIsLost() {
        Complaint complaint = aComplaint().from(new Complainant("Fenna Fictief", "Oude Straat 2", null, "020 555 0101"))
                .registered();

        complaint.supplyMissingDetails(new Complainant(" ", ADDRESS, "fenna.fictief@example.org", null), "  ", null,
                day(1), HANDLER);

        Complainant merged = complaint.details().complainant();
        assertThat(merged.name()).as("a blank part is not supplied").isEqualTo("Fenna Fictief");
        assertThat(merged.address()).as("a corrected address wins").isEqualTo(ADDRESS);
        assertThat(merged.email()).isEqualTo("fenna.fictief@example.org");
        assertThat(merged.phone()).isEqualTo("020 555 0101");
        assertThat(complaint.details().description()).isEqualTo(DESCRIPTION);
        assertThat(complaint.formality().formal()).isTrue();
        assertThat(complaint.timeline()).last().extracting(TimelineEntry::detail).isEqualTo("address,email formal");
    }

    @Test
    void theCitizensPseudonymStaysTheOneTheRegistrationAnnounced() {
        Complaint complaint = aComplaint().from(NAME_ONLY).registered();
        String announced = complaint.complainantRef();

        complaint.supplyMissingDetails(new Complainant(null, ADDRESS, "fenna.fictief@example.org", null), null, null,
                day(1), HANDLER);

        assertThat(complaint.complainantRef()).isEqualTo(announced)
                .isEqualTo(PSEUDONYMS.pseudonym("citizen", "K-2026-000001"));
    }

    @Test
    void refusesASupplyWithoutAnyDetailAndChangesNothing() {
        Complaint complaint = aComplaint().from(NAME_ONLY).registered();
        Complaint.Snapshot before = complaint.snapshot();

        assertRule(() -> complaint.supplyMissingDetails(new Complainant(" ", null, "", null), " ", null, day(1),
                HANDLER), "nothing-supplied", null);
        assertRule(() -> complaint.supplyMissingDetails(null, null, null, day(1), HANDLER), "nothing-supplied", null);
        assertThat(complaint.snapshot()).isEqualTo(before);
    }

    @Test
    void refusesASupplyDateInTheFutureOrBeforeReceipt() {
        Complaint complaint = aComplaint().from(NAME_ONLY).registered();
        Complaint.Snapshot before = complaint.snapshot();

        assertRule(() -> complaint.supplyMissingDetails(address(ADDRESS), null, date(2), day(1), HANDLER),
                "date-in-future", "suppliedOn");
        assertRule(() -> complaint.supplyMissingDetails(address(ADDRESS), null, date(-1), day(1), HANDLER),
                "date-before-receipt", "suppliedOn");
        assertThat(complaint.snapshot()).isEqualTo(before);
    }

    @Test
    void anEndedComplaintTakesNoDetailsUntilItIsReopened() {
        Complaint complaint = aComplaint().from(NAME_ONLY).walkedTo(ComplaintStatus.WITHDRAWN);

        assertThatThrownBy(() -> complaint.supplyMissingDetails(address(ADDRESS), null, null, day(1), HANDLER))
                .isInstanceOfSatisfying(TransitionRefused.class, refused -> {
                    assertThat(refused.status()).isEqualTo(ComplaintStatus.WITHDRAWN);
                    assertThat(refused.command()).isEqualTo(ComplaintCommand.SUPPLY_MISSING_DETAILS);
                });
        complaint.reopen("Klager stuurde alsnog het adres", day(2), "sis.lead");
        assertThat(complaint.supplyMissingDetails(address(ADDRESS), null, null, day(2), HANDLER)).hasSize(1);
        assertThat(complaint.formality().formal()).isTrue();
    }

    @Test
    void theEventMatchesItsSchemaAndHoldsNoPersonalData() {
        Complaint complaint = aComplaint().from(Complainant.UNKNOWN).describedAs(null).registered();
        ComplaintEvent event = complaint.supplyMissingDetails(new Complainant("Fenna Fictief", ADDRESS,
                "fenna.fictief@example.org", "020 555 0101"), DESCRIPTION, null, day(1), HANDLER).get(0);

        String json = new EventCodec().encode(EventEnvelope.first("K-2026-000001", event, "complaint-intake",
                REGISTERED_AT, UUID.randomUUID()));

        assertThat(EventSchemas.violations(EventCatalog.of(event), json)).as(json).isEmpty();
        assertThat(json).doesNotContain("Fenna", "Fictief", "fenna.fictief", "Voorbeeldstraat", "020 555 0101",
                "onvriendelijk");
    }

    private static Complainant address(String address) {
        return new Complainant(null, address, null, null);
    }

    private static void assertRule(Runnable command, String slug, String field) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.slug()).isEqualTo(slug);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
