package nl.klachtroute.intake.complaint;

import static nl.klachtroute.intake.complaint.ComplaintBuilder.PSEUDONYMS;
import static nl.klachtroute.intake.complaint.ComplaintBuilder.REGISTERED_AT;
import static nl.klachtroute.intake.complaint.ComplaintBuilder.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;
import nl.klachtroute.events.EventCatalog;
import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.EventSchemas;
import nl.klachtroute.events.Route;
import nl.klachtroute.events.complaint.ComplaintEvent;
import nl.klachtroute.events.complaint.ComplaintRegistered;

class ComplaintRegistrationTest {

    @Test
    void aRegistrationIsOneEventWhateverTheRoute() {
        for (Category category : Category.values()) {
            Complaint.Registration registration = aComplaint().about(category).register();

            assertThat(registration.events()).as("%s", category).singleElement().isInstanceOf(ComplaintRegistered.class);
            assertThat(registration.complaint().timeline()).extracting(TimelineEntry::kind)
                    .containsExactly(TimelineEntry.Kind.REGISTERED);
            assertThat(registration.complaint().findingsReportRequestedOn()).isNull();
        }
    }

    @Test
    void theCategoryDecidesTheRouteTheRegistrationAnnounces() {
        assertThat(registered(aComplaint().about(Category.BEJEGENING).register()).route()).isEqualTo(Route.BEJEGENING);
        assertThat(registered(aComplaint().about(Category.ERVAREN_DISCRIMINATIE).register()).route())
                .isEqualTo(Route.BEJEGENING);
        assertThat(registered(aComplaint().about(Category.TIJDIGHEID).register()).route()).isEqualTo(Route.STANDARD);
    }

    @Test
    void registrationCarriesTheDeadlinesAndFormality() {
        ComplaintRegistered registered = registered(aComplaint().via(Channel.LETTER).register());

        assertThat(registered.formal()).isTrue();
        assertThat(registered.receivedOn()).isEqualTo(LocalDate.of(2026, 4, 24));
        assertThat(registered.contactDeadline()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(registered.handlingDeadline()).isEqualTo(LocalDate.of(2026, 6, 5));
        assertThat(aComplaint().registered().notHandlingNoticeDeadline()).isEqualTo(LocalDate.of(2026, 5, 22));
    }

    @Test
    void theComplainantIsKnownByAPseudonymOfTheirEmailAddress() {
        Complainant viaEmail = new Complainant(null, null, " Fenna.Fictief@Example.org ", null);
        Complainant sameWithName = new Complainant("Fenna Fictief", "Voorbeeldstraat 1", "fenna.fictief@example.org",
                null);

        String ref = registered(aComplaint().from(viaEmail).register()).complainantRef();

        assertThat(ref).isEqualTo(PSEUDONYMS.pseudonym("citizen", "fenna.fictief@example.org"))
                .isEqualTo(registered(aComplaint().withId("K-2026-000002").from(sameWithName).register())
                        .complainantRef());
    }

    @Test
    void withoutEmailTheComplainantIsKnownByNameAndAddress() {
        Complainant byPost = new Complainant("Fenna Fictief", "Voorbeeldstraat 1", null, null);

        String first = registered(aComplaint().withId("K-2026-000001").from(byPost).register()).complainantRef();
        String second = registered(aComplaint().withId("K-2026-000002").from(byPost).register()).complainantRef();

        assertThat(first).isEqualTo(second);
    }

    @Test
    void anAnonymousComplaintGetsAPseudonymThatMatchesNoOtherComplaint() {
        String first = registered(aComplaint().withId("K-2026-000001").from(Complainant.UNKNOWN).register())
                .complainantRef();
        String second = registered(aComplaint().withId("K-2026-000002").from(Complainant.UNKNOWN).register())
                .complainantRef();

        assertThat(first).isNotEqualTo(second).isEqualTo(PSEUDONYMS.pseudonym("citizen", "K-2026-000001"));
    }

    @Test
    void employeesConcernedAreNamedOnlyByPseudonym() {
        ComplaintRegistered registered = registered(aComplaint().concerning("mw.bakker", " mw.bakker", "tm.jansen")
                .register());

        assertThat(registered.employeeRefs()).containsExactly(PSEUDONYMS.pseudonym("employee", "mw.bakker"),
                PSEUDONYMS.pseudonym("employee", "tm.jansen"));
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    void everyEventOfARegistrationMatchesItsSchemaAndHoldsNoPersonalData(Category category) {
        Complaint.Registration registration = aComplaint().about(category).register();
        EventCodec codec = new EventCodec();

        for (ComplaintEvent event : registration.events()) {
            String json = codec.encode(EventEnvelope.first("K-2026-000001", event, "complaint-intake", REGISTERED_AT,
                    UUID.randomUUID()));
            assertThat(EventSchemas.violations(EventCatalog.of(event), json)).as(json).isEmpty();
            assertThat(json).doesNotContain("Fenna", "Fictief", "fenna.fictief", "Voorbeeldstraat", "020 555 0101",
                    "onvriendelijk", "mw.bakker");
        }
    }

    @Test
    void anInformalComplaintMatchesTheSchemaToo() {
        Complaint.Registration registration = aComplaint().via(Channel.COUNTER).from(Complainant.UNKNOWN)
                .describedAs(null).concerning().register();
        String json = new EventCodec().encode(EventEnvelope.first("K-2026-000001", registration.events().get(0),
                "complaint-intake", REGISTERED_AT, UUID.randomUUID()));

        assertThat(EventSchemas.violations(EventCatalog.of(registration.events().get(0)), json)).isEmpty();
        assertThat(registered(registration).missingDetails()).containsExactly("name", "address", "description");
    }

    @Test
    void complaintNumbersAreHumanFriendly() {
        assertThat(ComplaintNumbers.format(2026, 123)).isEqualTo("K-2026-000123");
        assertThatThrownBy(() -> ComplaintNumbers.format(2026, 1_000_000)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ComplaintRegistered registered(Complaint.Registration registration) {
        List<ComplaintEvent> events = registration.events();
        return (ComplaintRegistered) events.get(0);
    }
}
