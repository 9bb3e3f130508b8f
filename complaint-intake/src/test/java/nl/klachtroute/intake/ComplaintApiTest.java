package nl.klachtroute.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import nl.klachtroute.intake.complaint.ComplaintDeadlines;

/**
 * The intake API as its users meet it: registration with idempotency keys, reading with ETags, commands with
 * If-Match, the search, every refusal by role, and the problem answers for bad input. Each test works in a
 * team of its own where it counts complaints.
 */
class ComplaintApiTest extends IntakeTestContext {

    @Autowired
    ComplaintDeadlines deadlines;

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndNoOtherSiteMayCallTheApi() throws Exception {
        mvc.perform(get("/api/complaints").with(httpBasic("h.devries", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", startsWith("default-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options("/api/complaints")
                        .header("Origin", "https://elders.example").header("Access-Control-Request-Method", "POST"))
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
    }

    @Test
    void registrationAnswersWithLocationETagAndTheDeadlines() throws Exception {
        MvcResult created = mvc.perform(post("/api/complaints").with(httpBasic("h.devries", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(bejegeningComplaint()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("http://localhost/api/complaints/K-2026-")))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.formal").value(true))
                .andExpect(jsonPath("$.route").value("BEJEGENING"))
                .andExpect(jsonPath("$.receivedOn").value("2026-03-09"))
                .andExpect(jsonPath("$.contactDeadline").value(deadlines.contactDeadline(TODAY).toString()))
                .andExpect(jsonPath("$.handlingDeadline").value(deadlines.handlingDeadline(TODAY).toString()))
                .andExpect(jsonPath("$.notHandlingNoticeDeadline")
                        .value(deadlines.notHandlingNoticeDeadline(TODAY).toString()))
                .andExpect(jsonPath("$.nextDeadline").value(deadlines.contactDeadline(TODAY).toString()))
                .andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.complainant.email").value("fenna.fictief@example.org"))
                .andExpect(jsonPath("$.timeline[*].type").value(contains("REGISTERED")))
                .andReturn();
        String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/complaints/" + id);
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyGetsTheFirstComplaint() throws Exception {
        String body = bejegeningComplaint(TODAY, "Team Idempotent");
        MvcResult first = registerWithKey(body, "h.devries", "5f0c2a8e-retry-1").andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "false")).andReturn();
        MvcResult retry = registerWithKey(body, "h.devries", "5f0c2a8e-retry-1").andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true")).andReturn();

        assertThat(JsonPath.<String>read(retry.getResponse().getContentAsString(), "$.id"))
                .isEqualTo(JsonPath.<String>read(first.getResponse().getContentAsString(), "$.id"));
        assertThat(retry.getResponse().getHeader("Location")).isEqualTo(first.getResponse().getHeader("Location"));
        assertThat(countInTeam("Team Idempotent")).isEqualTo(1);

        registerWithKey(body.replace("onvriendelijk", "onbeleefd"), "h.devries", "5f0c2a8e-retry-1")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(endsWith("/idempotency-key-reused")))
                .andExpect(jsonPath("$.field").value("Idempotency-Key"));
        registerWithKey(body, "h.smit", "5f0c2a8e-retry-1").andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "false"));
        assertThat(countInTeam("Team Idempotent")).as("keys belong to whoever sent them").isEqualTo(2);
        registerWithKey(body, "h.devries", "not a key!").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("Idempotency-Key"));
    }

    @Test
    void simultaneousRetriesWithOneIdempotencyKeyStoreOneComplaint() throws Exception {
        String body = bejegeningComplaint(TODAY, "Team Gelijktijdig");
        int retries = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(retries);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < retries; i++) {
                answers.add(clients.submit(() -> {
                    start.await();
                    return registerWithKey(body, "h.devries", "double-click-42").andExpect(status().isCreated())
                            .andReturn().getResponse().getContentAsString();
                }));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            for (Future<String> answer : answers) {
                ids.add(JsonPath.read(answer.get(30, TimeUnit.SECONDS), "$.id"));
            }
            assertThat(ids).hasSize(1);
        } finally {
            clients.shutdownNow();
        }
        assertThat(countInTeam("Team Gelijktijdig")).isEqualTo(1);
    }

    @Test
    void aCommandWithAStaleIfMatchIsRefusedAndChangesNothing() throws Exception {
        String id = register(bejegeningComplaint());
        String etag = read(id, "h.devries").andExpect(header().string("ETag", "\"1\"")).andReturn().getResponse()
                .getHeader("ETag");
        mvc.perform(get("/api/complaints/{id}", id).with(httpBasic("h.devries", PASSWORD)).header("If-None-Match", etag))
                .andExpect(status().isNotModified());

        withIfMatch(id, "acknowledge", etag).andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""));
        withIfMatch(id, "assign", etag, "{\"handlerId\": \"h.smit\"}")
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(endsWith("/stale-revision")))
                .andExpect(jsonPath("$.currentRevision").value(2))
                .andExpect(header().string("ETag", "\"2\""));
        read(id, "h.devries").andExpect(jsonPath("$.status").value("ACKNOWLEDGED"))
                .andExpect(jsonPath("$.handlerId").doesNotExist());

        withIfMatch(id, "assign", "\"2\"", "{\"handlerId\": \"h.smit\"}").andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""));
        withIfMatch(id, "route", "*").andExpect(status().isConflict());
    }

    @Test
    void anIllegalCommandIsAConflictNamingStateAndCommand() throws Exception {
        String id = register(bejegeningComplaint());

        command(id, "contact", """
                {"contactedOn": "2026-03-09", "channel": "PHONE", "summary": "Gebeld"}""")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(endsWith("/illegal-transition")))
                .andExpect(jsonPath("$.currentState").value("REGISTERED"))
                .andExpect(jsonPath("$.command").value("contact"))
                .andExpect(jsonPath("$.detail").value("Cannot record the first contact for a complaint that is REGISTERED"));
        command(id, "acknowledge", null).andExpect(status().isOk());
        command(id, "acknowledge", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentState").value("ACKNOWLEDGED"));
    }

    @Test
    void nobodyInvolvedOrWithoutTheHandlerRoleBecomesTheHandler() throws Exception {
        String id = register(bejegeningComplaint().replace("\"employeesConcerned\": [\"mw.bakker\"]",
                "\"employeesConcerned\": [\"mw.bakker\"], \"involvedStaff\": [\"h.smit\"]"));
        command(id, "acknowledge", null).andExpect(status().isOk());

        command(id, "assign", "{\"handlerId\": \"mw.bakker\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(endsWith("/handler-involved")))
                .andExpect(jsonPath("$.field").value("handlerId"));
        command(id, "assign", "{\"handlerId\": \"h.smit\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(endsWith("/handler-involved")));
        command(id, "assign", "{\"handlerId\": \"tm.jansen\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(endsWith("/not-a-handler")));
        command(id, "route", null, "h.smit").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(endsWith("/access-refused")));
        read(id, "h.smit").andExpect(status().isForbidden());
        command(id, "assign", "{\"handlerId\": \"h.devries\"}").andExpect(status().isOk());
    }

    @Test
    void closureIsBlockedWithoutAHearingRecordOrWaiverGround() throws Exception {
        String id = register(standardComplaint(TODAY, "Inkomen Zuid"));
        command(id, "acknowledge", null);
        command(id, "assign", "{\"handlerId\": \"h.devries\"}");
        command(id, "contact", "{\"contactedOn\": \"2026-03-09\", \"channel\": \"PHONE\", \"summary\": \"Gebeld\"}");
        command(id, "route", null).andExpect(status().isOk());
        String close = """
                {"judgement": "ONGEGROND", "findings": "Lijn was bereikbaar", "conclusions": "Geen tekortkoming"}""";

        command(id, "close", close).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(endsWith("/hearing-required")));
        command(id, "waive-hearing", "{\"ground\": \"CITIZEN_DECLINED\", \"reason\": \"Wil geen gesprek\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.hearingWaiver.ground").value("CITIZEN_DECLINED"));
        command(id, "close", close).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        command(id, "reopen", "{\"reason\": \"Nieuwe informatie van de klager\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_INVESTIGATION"))
                .andExpect(jsonPath("$.closure").doesNotExist())
                .andExpect(jsonPath("$.reopenings[0].endedAs").value("CLOSED"));
    }

    @Test
    void theCitizenSuppliesTheMissingAddressAndTheComplaintBecomesFormal() throws Exception {
        String id = register(bejegeningComplaint(TODAY, "Team Aanvulling")
                .replace("\"address\": \"Voorbeeldstraat 1, 1011 AA Amsterdam\",", ""));
        read(id, "h.devries").andExpect(jsonPath("$.formal").value(false))
                .andExpect(jsonPath("$.missingDetails").value(contains("address")));

        // Bad input names the field, and nothing changes.
        command(id, "supply-missing-details", "{\"complainant\": {\"email\": \"fenna.fictief\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("complainant.email"));
        command(id, "supply-missing-details", "{\"complainant\": {\"phone\": \"bel mij maar\"}}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("complainant.phone"));
        command(id, "supply-missing-details", "{\"description\": \"" + "x".repeat(10_001) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("description"));
        command(id, "supply-missing-details", "{\"complainant\": {\"address\": \"Voorbeeldstraat 1\"}, "
                + "\"suppliedOn\": \"2026-03-10\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("suppliedOn"));
        command(id, "supply-missing-details", "{\"complainant\": {\"address\": \"Voorbeeldstraat 1\"")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value(endsWith("/unreadable-body")));
        command(id, "supply-missing-details", "{\"complainant\": {\"name\": \" \"}}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(endsWith("/nothing-supplied")));
        // Only handlers take the step; the employee concerned may not act on a complaint about them.
        expectRefused(command(id, "supply-missing-details", "{\"complainant\": {\"address\": \"Elders 1\"}}",
                "tm.jansen"));
        expectRefused(command(id, "supply-missing-details", "{\"complainant\": {\"address\": \"Elders 1\"}}",
                "an.peters"));
        expectRefused(command(id, "supply-missing-details", "{\"complainant\": {\"address\": \"Elders 1\"}}",
                "mw.bakker"));
        read(id, "h.devries").andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.complainant.address").doesNotExist());

        mvc.perform(post("/api/complaints/{id}/supply-missing-details", id).with(httpBasic("h.devries", PASSWORD))
                .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON).content("""
                        {"complainant": {"address": "Voorbeeldstraat 1, 1011 AA Amsterdam"},
                         "suppliedOn": "2026-03-09"}"""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.formal").value(true))
                .andExpect(jsonPath("$.missingDetails").isEmpty())
                .andExpect(jsonPath("$.missingDetailsSuppliedOn").value("2026-03-09"))
                .andExpect(jsonPath("$.complainant.name").value("Fenna Fictief"))
                .andExpect(jsonPath("$.complainant.address").value("Voorbeeldstraat 1, 1011 AA Amsterdam"))
                .andExpect(jsonPath("$.timeline[-1].type").value("MISSING_DETAILS_SUPPLIED"))
                .andExpect(jsonPath("$.timeline[-1].detail").value("address formal"));
        MvcResult history = mvc.perform(get("/api/complaints/{id}/history", id).with(httpBasic("h.devries", PASSWORD)))
                .andExpect(status().isOk()).andReturn();
        assertThat(history.getResponse().getContentAsString()).as("the history names parts, not their values")
                .contains("MISSING_DETAILS_SUPPLIED").doesNotContain("Voorbeeldstraat");

        command(id, "withdraw", null).andExpect(status().isOk());
        command(id, "supply-missing-details", "{\"complainant\": {\"phone\": \"020 555 0101\"}}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(endsWith("/illegal-transition")))
                .andExpect(jsonPath("$.currentState").value("WITHDRAWN"))
                .andExpect(jsonPath("$.command").value("supply-missing-details"));
    }

    @Test
    void aPostponementIsOnceAtMostFourWeeksAndLengthensTheTermFromReceipt() throws Exception {
        String id = register(bejegeningComplaint());
        command(id, "acknowledge", null);

        command(id, "postpone", "{\"weeks\": 5, \"citizenNotifiedOn\": \"2026-03-09\", \"employeeNotifiedOn\": \"2026-03-09\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("weeks"));
        command(id, "postpone", "{\"weeks\": 4, \"citizenNotifiedOn\": \"2026-03-09\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("employeeNotifiedOn"));
        command(id, "postpone", "{\"weeks\": 4, \"citizenNotifiedOn\": \"2026-03-09\", \"employeeNotifiedOn\": \"2026-03-09\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.handlingDeadline").value(deadlines.handlingDeadline(TODAY, 4).toString()));
        command(id, "postpone", "{\"weeks\": 1, \"citizenNotifiedOn\": \"2026-03-09\", \"employeeNotifiedOn\": \"2026-03-09\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("citizenConsentOn"));
        command(id, "postpone", "{\"weeks\": 1, \"citizenConsentOn\": \"2026-03-09\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.handlingDeadline").value(deadlines.handlingDeadline(TODAY, 5).toString()))
                .andExpect(jsonPath("$.postponements[1].citizenConsentOn").value("2026-03-09"));
    }

    @Test
    void aHandlerFindsTheirComplaintsDueThisWeek() throws Exception {
        String team = "Team Zoeken";
        // Contact deadlines: received Mon 9 Mar -> Mon 16 Mar; Mon 2 Mar -> Mon 9 Mar (today); Mon 23 Feb -> Mon 2 Mar.
        String recent = assignedTo("h.smit", register(bejegeningComplaint(TODAY, team)));
        String dueToday = assignedTo("h.smit", register(bejegeningComplaint(LocalDate.of(2026, 3, 2), team)));
        String overdue = assignedTo("h.devries", register(bejegeningComplaint(LocalDate.of(2026, 2, 23), team)));

        search("h.smit", "team=" + team + "&handler=me&sort=deadline")
                .andExpect(jsonPath("$.items[*].id").value(contains(dueToday, recent)))
                .andExpect(jsonPath("$.items[0].nextDeadline").value("2026-03-09"))
                .andExpect(jsonPath("$.items[0].handlerId").value("h.smit"));
        search("h.smit", "team=" + team + "&handler=me&deadlineBefore=2026-03-16")
                .andExpect(jsonPath("$.items[*].id").value(contains(dueToday)));
        search("h.devries", "team=" + team + "&overdue=true")
                .andExpect(jsonPath("$.items[*].id").value(contains(overdue)))
                .andExpect(jsonPath("$.items[0].overdue").value(true));
        search("h.devries", "team=" + team + "&overdue=false&sort=deadline")
                .andExpect(jsonPath("$.items[*].id").value(contains(dueToday, recent)));
        search("h.devries", "team=" + team + "&status=HANDLER_ASSIGNED&department=Activering&category=BEJEGENING"
                + "&size=1&page=1&sort=deadline")
                .andExpect(jsonPath("$.items[*].id").value(contains(dueToday)))
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.totalPages").value(3));
        MvcResult list = search("admin", "team=" + team).andReturn();
        assertThat(list.getResponse().getContentAsString()).as("the list holds no personal data")
                .doesNotContain("Fenna", "fenna.fictief", "onvriendelijk", "mw.bakker");
        search("h.devries", "status=SLEEPING").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
        search("h.devries", "size=1000").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("size"));
    }

    @Test
    void refusesRequestsWithoutSignIn() throws Exception {
        String id = register(bejegeningComplaint());
        mvc.perform(post("/api/complaints").contentType(MediaType.APPLICATION_JSON).content(bejegeningComplaint()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/complaints")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/complaints/{id}", id)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/complaints/{id}/history", id)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/complaints/{id}/acknowledge", id)).andExpect(status().isUnauthorized());
    }

    @Test
    void anAnalystSeesNothingHere() throws Exception {
        String id = register(bejegeningComplaint());
        expectRefused(read(id, "an.peters"));
        expectRefused(search("an.peters", ""));
        expectRefused(mvc.perform(get("/api/complaints/{id}/history", id).with(httpBasic("an.peters", PASSWORD))));
        expectRefused(command(id, "acknowledge", null, "an.peters"));
        expectRefused(mvc.perform(post("/api/complaints").with(httpBasic("an.peters", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(bejegeningComplaint())));
    }

    @Test
    void aTeammanagerReadsOnlyComplaintsOfTheirTeamsWithoutTheCitizensContactDetails() throws Exception {
        String id = register(bejegeningComplaint());
        command(id, "acknowledge", null);
        command(id, "assign", "{\"handlerId\": \"h.devries\"}");
        command(id, "contact", "{\"contactedOn\": \"2026-03-09\", \"channel\": \"PHONE\", \"summary\": \"Terugbelverzoek\"}");

        MvcResult read = read(id, "tm.jansen").andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.complainant.name").value("Fenna Fictief"))
                .andExpect(jsonPath("$.description").exists())
                .andExpect(jsonPath("$.contact.contactedOn").value("2026-03-09"))
                .andReturn();
        assertThat(read.getResponse().getContentAsString()).doesNotContain("Voorbeeldstraat", "fenna.fictief@example.org",
                "020 555 0101", "Terugbelverzoek", "timeline");
        expectRefused(read(id, "tm.bakker"));
        expectRefused(read("K-1999-999999", "tm.bakker"));
        expectRefused(search("tm.jansen", ""));
        expectRefused(command(id, "route", null, "tm.jansen"));
        expectRefused(mvc.perform(get("/api/complaints/{id}/history", id).with(httpBasic("tm.jansen", PASSWORD))));
    }

    @Test
    void theEmployeeConcernedReadsTheirCopyWithoutOtherPeoplesData() throws Exception {
        String about = register(bejegeningComplaint().replace("[\"mw.bakker\"]", "[\"mw.bakker\", \"mw.devos\"]"));
        String other = register(bejegeningComplaint().replace("[\"mw.bakker\"]", "[\"mw.devos\"]"));

        MvcResult copy = read(about, "mw.bakker").andExpect(status().isOk())
                .andExpect(jsonPath("$.description").value("De medewerker sprak mij onvriendelijk toe aan de balie."))
                .andExpect(jsonPath("$.employeesConcerned").value(contains("mw.bakker")))
                .andReturn();
        assertThat(copy.getResponse().getContentAsString()).doesNotContain("Voorbeeldstraat", "fenna.fictief@example.org",
                "020 555 0101", "mw.devos", "timeline");
        expectRefused(read(other, "mw.bakker"));
        expectRefused(search("mw.bakker", ""));
        expectRefused(command(about, "acknowledge", null, "mw.bakker"));
    }

    @Test
    void anUnknownComplaintIsNotFoundForAHandler() throws Exception {
        read("K-1999-999999", "h.devries").andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(endsWith("/not-found")));
        command("K-1999-999999", "acknowledge", null).andExpect(status().isNotFound());
    }

    @Test
    void namesTheFieldAtFaultAndStoresNothing() throws Exception {
        String team = "Team Onleesbaar";
        String valid = bejegeningComplaint(TODAY, team);
        expectInvalid(valid.replace("\"receivedOn\": \"2026-03-09\",", ""), "receivedOn");
        expectInvalid(valid.replace("2026-03-09", "2026-03-10"), "receivedOn");
        expectInvalid(valid.replace("2026-03-09", "1999-12-31").replace("\"conductDate\": \"2026-02-20\",", ""),
                "receivedOn");
        expectInvalid(valid.replace("2026-02-20", "2026-03-09").replace("\"receivedOn\": \"2026-03-09\"",
                "\"receivedOn\": \"2026-03-02\""), "conductDate");
        expectInvalid(valid.replace("fenna.fictief@example.org", "fenna.fictief"), "complainant.email");
        expectInvalid(valid.replace("\"" + team + "\"", "\"" + "x".repeat(101) + "\""), "team");
        expectInvalid(valid.replace("\"department\": \"Activering\",", ""), "department");
        expectInvalid(valid.replace("\"BEJEGENING\"", "\"KLACHTJE\""), "category");
        expectInvalid(valid.replace("\"WEB_FORM\"", "\"PIGEON\""), "channel");
        expectInvalid(valid.replace("De medewerker sprak mij onvriendelijk toe aan de balie.", "x".repeat(10_001)),
                "description");
        expectInvalid(valid.replace("[\"mw.bakker\"]", "[\"mw bakker\"]"), "employeesConcerned[0]");
        mvc.perform(post("/api/complaints").with(httpBasic("h.devries", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(valid.substring(0, valid.length() / 2)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(endsWith("/unreadable-body")));
        assertThat(countInTeam(team)).as("nothing stored half").isZero();

        String id = register(valid);
        command(id, "acknowledge", "{\"acknowledgedOn\": \"2026-03-10\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("acknowledgedOn"));
        command(id, "acknowledge", "{\"acknowledgedOn\": \"2026-03-08\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(endsWith("/date-before-receipt")))
                .andExpect(jsonPath("$.field").value("acknowledgedOn"));
        command(id, "acknowledge", null).andExpect(status().isOk());
        command(id, "assign", "{}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("handlerId"));
        command(id, "postpone", "{\"weeks\": 60}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("weeks"));
        command(id, "not-handled", "{\"ground\": \"BORED\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("ground"));
        command(id, "close", "{\"findings\": \"f\", \"conclusions\": \"c\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("judgement"));
        read(id, "h.devries").andExpect(jsonPath("$.status").value("ACKNOWLEDGED"))
                .andExpect(header().string("ETag", "\"2\""));
    }

    @Test
    void theApiIsDocumentedForSignedInStaff() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        MvcResult docs = mvc.perform(get("/v3/api-docs").with(httpBasic("h.devries", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Klachtroute complaint intake"))
                .andReturn();
        String document = docs.getResponse().getContentAsString();
        for (String command : List.of("acknowledge", "request-missing-details", "supply-missing-details", "assign", "contact", "route",
                "inform-employee", "request-findings-report", "hearing", "waive-hearing", "postpone", "close",
                "resolve-informally", "not-handled", "withdraw", "refer-to-ombudsman", "reopen", "resume-contact")) {
            assertThat(document).contains("\"/api/complaints/{id}/" + command + "\"");
        }
        assertThat(document).contains("\"/api/complaints/{id}/history\"", "Idempotency-Key", "If-Match");
        mvc.perform(get("/swagger-ui/index.html").with(httpBasic("h.devries", PASSWORD)))
                .andExpect(status().isOk());
    }

    private String assignedTo(String handler, String id) throws Exception {
        command(id, "acknowledge", null).andExpect(status().isOk());
        command(id, "assign", "{\"handlerId\": \"" + handler + "\"}").andExpect(status().isOk());
        return id;
    }

    private ResultActions registerWithKey(String body, String user, String key) throws Exception {
        return mvc.perform(post("/api/complaints").with(httpBasic(user, PASSWORD)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions withIfMatch(String id, String command, String ifMatch) throws Exception {
        return mvc.perform(post("/api/complaints/{id}/{command}", id, command).with(httpBasic("h.devries", PASSWORD))
                .header("If-Match", ifMatch));
    }

    private ResultActions withIfMatch(String id, String command, String ifMatch, String body) throws Exception {
        return mvc.perform(post("/api/complaints/{id}/{command}", id, command).with(httpBasic("h.devries", PASSWORD))
                .header("If-Match", ifMatch).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions search(String user, String query) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/complaints?" + query).with(httpBasic(user, PASSWORD));
        return mvc.perform(request);
    }

    private int countInTeam(String team) throws Exception {
        return JsonPath.read(search("h.devries", "team=" + team).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(), "$.totalElements");
    }

    private static void expectRefused(ResultActions result) throws Exception {
        result.andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(endsWith("/access-refused")));
    }

    private void expectInvalid(String body, String field) throws Exception {
        mvc.perform(post("/api/complaints").with(httpBasic("h.devries", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field));
    }
}
