package nl.klachtroute.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

import com.jayway.jsonpath.JsonPath;

/**
 * What a careless or hostile client may send to the intake API: every case gets a clear problem document
 * (RFC 9457, with the field at fault where there is one) and changes nothing; text is kept as text.
 */
class HostileInputTest extends IntakeTestContext {

    private static final String TEAM = "Hostile Input";

    @Test
    void anOversizedBodyIsRefusedWith413BeforeAnythingReadsIt() throws Exception {
        long before = registeredInTeam();
        String huge = bejegeningComplaint(TODAY, TEAM).replace("De medewerker sprak", "x".repeat(600_000));

        mvc.perform(post("/api/complaints").with(httpBasic("h.devries", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().is(413))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(containsString("request-too-large")))
                .andExpect(jsonPath("$.limitBytes").isNumber());
        assertThat(registeredInTeam()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed JSON|{\"receivedOn\": \"2026-03-02\", \"channel\": |",
        "a date of the wrong type|{\"receivedOn\": 20260302, \"channel\": \"EMAIL\", \"department\": \"Werk\", \"team\": \"Hostile Input\", \"category\": \"OVERIG\"}|receivedOn",
        "a small number as a date|{\"receivedOn\": 14, \"channel\": \"EMAIL\", \"department\": \"Werk\", \"team\": \"Hostile Input\", \"category\": \"OVERIG\"}|receivedOn",
        "an impossible date|{\"receivedOn\": \"2026-02-30\", \"channel\": \"EMAIL\", \"department\": \"Werk\", \"team\": \"Hostile Input\", \"category\": \"OVERIG\"}|receivedOn",
        "an unknown category|{\"receivedOn\": \"2026-03-02\", \"channel\": \"EMAIL\", \"department\": \"Werk\", \"team\": \"Hostile Input\", \"category\": \"RELIGIE\"}|category",
        "an unknown channel|{\"receivedOn\": \"2026-03-02\", \"channel\": \"PIGEON\", \"department\": \"Werk\", \"team\": \"Hostile Input\", \"category\": \"OVERIG\"}|channel",
        "a list where text belongs|{\"receivedOn\": \"2026-03-02\", \"channel\": \"EMAIL\", \"department\": [\"Werk\"], \"team\": \"Hostile Input\", \"category\": \"OVERIG\"}|department",
        "a date in the future|{\"receivedOn\": \"2099-01-01\", \"channel\": \"EMAIL\", \"department\": \"Werk\", \"team\": \"Hostile Input\", \"category\": \"OVERIG\"}|receivedOn",
        "an empty team|{\"receivedOn\": \"2026-03-02\", \"channel\": \"EMAIL\", \"department\": \"Werk\", \"team\": \" \", \"category\": \"OVERIG\"}|team",
        "a field for a special category of personal data|{\"receivedOn\": \"2026-03-02\", \"channel\": \"EMAIL\", \"department\": \"Werk\", \"team\": \"Hostile Input\", \"category\": \"OVERIG\", \"religion\": \"anything\"}|religion",
        "a staff id with a path in it|{\"receivedOn\": \"2026-03-02\", \"channel\": \"EMAIL\", \"department\": \"Werk\", \"team\": \"Hostile Input\", \"category\": \"OVERIG\", \"employeesConcerned\": [\"../../etc/passwd\"]}|employeesConcerned[0]" })
    void aBadRegistrationIsRefusedNamingTheFieldAndRegistersNothing(String what, String body, String field)
            throws Exception {
        long before = registeredInTeam();

        var answer = mvc.perform(post("/api/complaints").with(httpBasic("h.devries", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is4xxClientError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").exists()).andExpect(jsonPath("$.detail").exists())
                .andReturn().getResponse();
        assertThat(answer.getStatus()).as(what).isIn(400, 422);
        if (field != null && !field.isBlank()) {
            assertThat(answer.getContentAsString()).as(what + ": names the field").contains(field);
        }
        assertThat(registeredInTeam()).as(what + ": nothing registered").isEqualTo(before);
    }

    @Test
    void scriptAndMarkupAreKeptAsTheTextTheCitizenWrote() throws Exception {
        String script = "<script>alert('x')</script><img src=x onerror=alert(1)> & \\\"quotes\\\"";
        String id = register(bejegeningComplaint(TODAY, TEAM).replace(
                "De medewerker sprak mij onvriendelijk toe aan de balie.", script));

        String stored = read(id, "h.devries").andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(stored, "$.description"))
                .isEqualTo("<script>alert('x')</script><img src=x onerror=alert(1)> & \"quotes\"");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/complaints/..%2F..%2Fetc%2Fpasswd", "/api/complaints/K-2026-000001%00",
        "/api/complaints/%7B%22$gt%22:%22%22%7D", "/api/complaints/K-1;drop" })
    void aHostileComplaintIdFindsNothingAndBreaksNothing(String path) throws Exception {
        int status = mvc.perform(get(path).with(httpBasic("h.devries", PASSWORD))).andReturn().getResponse()
                .getStatus();
        assertThat(status).isIn(400, 404);
    }

    @Test
    void missingOrForgedCredentialsGetA401ProblemAndChangeNothing() throws Exception {
        long before = registeredInTeam();
        String body = bejegeningComplaint(TODAY, TEAM);

        mvc.perform(post("/api/complaints").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/complaints").with(httpBasic("h.devries", "raden")).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/complaints").with(httpBasic("onbekend", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/complaints").header("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJyb2xlcyI6WyJBRE1JTiJdfQ.")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnauthorized());
        assertThat(registeredInTeam()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource({ "an.peters,403", "tm.bakker,403" })
    void aRoleCannotReachAnotherRolesData(String user, int expected) throws Exception {
        String id = register(bejegeningComplaint(TODAY, TEAM));
        long before = registeredInTeam();

        assertThat(read(id, user).andReturn().getResponse().getStatus()).as(user + " reads").isIn(expected, 404);
        assertThat(command(id, "acknowledge", null, user).andReturn().getResponse().getStatus()).as(user + " acts")
                .isEqualTo(403);
        assertThat(mvc.perform(post("/api/complaints").with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(bejegeningComplaint(TODAY, TEAM))).andReturn()
                .getResponse().getStatus()).as(user + " registers").isEqualTo(403);
        assertThat(registeredInTeam()).isEqualTo(before);
        read(id, "h.devries").andExpect(jsonPath("$.status").value("REGISTERED"));
    }

    @Test
    void theEmployeeConcernedSeesTheComplaintWithoutTheCitizensDetailsAndCannotActOnIt() throws Exception {
        String id = register(bejegeningComplaint(TODAY, TEAM));

        String seen = read(id, "mw.bakker").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(seen).contains(id).doesNotContain("fenna.fictief@example.org", "Voorbeeldstraat", "020 555 0101");
        command(id, "acknowledge", null, "mw.bakker").andExpect(status().isForbidden());
        read(id, "h.devries").andExpect(jsonPath("$.status").value("REGISTERED"));
    }

    private long registeredInTeam() throws Exception {
        String page = mvc.perform(get("/api/complaints").param("team", TEAM).param("size", "1")
                .with(httpBasic("h.devries", PASSWORD))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(page, "$.totalElements")).longValue();
    }
}
