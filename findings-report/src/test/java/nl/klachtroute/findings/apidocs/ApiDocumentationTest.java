package nl.klachtroute.findings.apidocs;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import nl.klachtroute.findings.ServiceTest;

/** The API describes itself (OpenAPI) and serves its own Swagger UI, to signed-in staff only. */
class ApiDocumentationTest extends ServiceTest {

    @Test
    void everyEndpointIsDescribedAndSwaggerUiIsServedByTheServiceItself() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());

        mvc.perform(as("tm.jansen", get("/v3/api-docs")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value(startsWith("3.")))
                .andExpect(jsonPath("$.info.title").value(containsString("Rapport van Bevindingen")))
                .andExpect(jsonPath("$.paths['/api/reports'].get").exists())
                .andExpect(jsonPath("$.paths['/api/reports/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/reports/{id}/hearings'].post").exists())
                .andExpect(jsonPath("$.paths['/api/reports/{id}/findings'].put").exists())
                .andExpect(jsonPath("$.paths['/api/reports/{id}/submit'].post").exists())
                .andExpect(jsonPath("$.paths['/api/reports/{id}/accept'].post").exists())
                .andExpect(jsonPath("$.paths['/api/reports/{id}/return'].post").exists())
                .andExpect(jsonPath("$.paths['/api/reports/{id}/share'].post").exists())
                .andExpect(jsonPath("$.paths['/api/reports/{id}/reassign'].post").exists())
                .andExpect(jsonPath("$.paths['/api/reports/{id}/export.pdf'].get.responses['200'].content['application/pdf']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/reports/{id}/access-log'].get").exists())
                .andExpect(jsonPath("$.paths['/api/reports/{id}/access-log/verification'].get").exists())
                .andExpect(jsonPath("$.paths['/api/access-log'].get").exists())
                .andExpect(jsonPath("$.components.schemas.RecordHearing.properties.record.maxLength").value(20_000))
                .andExpect(jsonPath("$.components.securitySchemes.dev-users.scheme").value("basic"))
                .andExpect(jsonPath("$.components.securitySchemes.jwt.scheme").value("bearer"));

        mvc.perform(as("tm.jansen", get("/swagger-ui/index.html")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("swagger-ui")));
        mvc.perform(as("tm.jansen", get("/v3/api-docs/swagger-config")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.url").value("/v3/api-docs"));
    }
}
