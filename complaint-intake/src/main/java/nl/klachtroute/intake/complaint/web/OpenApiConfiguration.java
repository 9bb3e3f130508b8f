package nl.klachtroute.intake.complaint.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The intake API's OpenAPI document ({@code /v3/api-docs}) and Swagger UI ({@code /swagger-ui/index.html}).
 * Both need sign-in like the rest of the service: the document describes the complaint case, and the UI is
 * for staff. Swagger UI signs in with HTTP Basic (local stack) or a bearer token (JWT mode).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI intakeApi() {
        return new OpenAPI()
                .info(new Info().title("Klachtroute complaint intake").version("v1").description("""
                        The complaint case (klacht) of the Klachtenteam Sociaal, from registration to closure \
                        and ombudsman referral. Every command is a POST on /api/complaints/{id}/<command>; a \
                        command that does not fit the complaint's state answers 409 with currentState and \
                        command, one that breaks a rule of the route 422 with the field at fault. Responses \
                        carry ETag: "<revision>"; send it back as If-Match to be sure nobody changed the \
                        complaint meanwhile (412 when stale; without If-Match the command is decided on the \
                        current state). POST /api/complaints takes an Idempotency-Key: a retry answers with \
                        the complaint the first request created. Errors are RFC 9457 problem+json."""))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Local stack: the fictional staff, password klachtroute"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT").description("OIDC token with a roles claim")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
