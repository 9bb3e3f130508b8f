package nl.klachtroute.findings.apidocs;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI description ({@code /v3/api-docs}) and Swagger UI ({@code /swagger-ui.html}), both served by
 * the service itself (the UI comes from the springdoc jar, no CDN), both behind the same sign-in as the API.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BASIC = "dev-users";
    static final String BEARER = "jwt";

    @Bean
    OpenAPI findingsReportOpenApi() {
        return new OpenAPI()
                .info(new Info().title("findings-report: Rapport van Bevindingen").version("v1")
                        .description("""
                                The Rapport van Bevindingen of the route bejegening (DOMAIN.md steps 5-9) for \
                                teammanagers, SIS handlers and the employee concerned, and the access trail of every \
                                report. Every read and export of a report is recorded (who, role, when, client \
                                address, request id; send X-Request-Id to choose the id). Commands answer \
                                {reportId, status, revision} with an ETag and accept If-Match. Errors are RFC 9457 \
                                problem+json with a stable type URI."""))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Local stack (profile local): the fictional staff, password klachtroute"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("Municipal identity provider; roles in the roles claim")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
