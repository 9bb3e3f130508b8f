package nl.klachtroute.support.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import nl.klachtroute.support.problem.ApiProblemHandler;

/**
 * Every endpoint but health, the Prometheus scrape and the configured public paths
 * ({@code klachtroute.security.public-paths}) requires authentication. Refusals are
 * problem+json. {@code dev-users} mode signs in the fictional staff with HTTP Basic; {@code jwt}
 * mode takes roles from the token's {@code roles} claim and the login from {@code preferred_username}.
 */
@AutoConfiguration
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    StaffDirectory staffDirectory() {
        return StaffDirectory.fictional();
    }

    @Bean
    CurrentStaff currentStaff(StaffDirectory directory) {
        return new CurrentStaff(directory);
    }

    @Bean
    ApiProblemHandler apiProblemHandler() {
        return new ApiProblemHandler();
    }

    @Bean
    @ConditionalOnProperty(prefix = "klachtroute.security", name = "mode", havingValue = "dev-users")
    UserDetailsService devUsers(StaffDirectory directory, SecurityProperties properties) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(directory.all().stream()
                .map(m -> User.withUsername(m.id()).password("{noop}" + properties.devPassword())
                        .roles(m.roles().stream().map(Role::name).toArray(String[]::new)).build())
                .toList());
        // Only the lookup: handed the manager itself (a UserDetailsPasswordService), Spring Security "upgrades"
        // each {noop} password to BCrypt at the first sign-in, and every later request then spends ~80 ms
        // hashing. The dev password is public anyway; the docker profile signs in with tokens.
        return users::loadUserByUsername;
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain klachtrouteSecurity(HttpSecurity http, SecurityProperties properties) throws Exception {
        http.authorizeHttpRequests(auth -> {
            auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/error")
                    .permitAll();
            if (!properties.publicPaths().isEmpty()) {
                auth.requestMatchers(properties.publicPaths().toArray(String[]::new)).permitAll();
            }
            auth.anyRequest().authenticated();
        })
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized(properties.devUsers()))
                        .accessDeniedHandler(forbidden()));
        if (properties.devUsers()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized(true)));
        } else {
            http.oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromToken()))
                    .authenticationEntryPoint(unauthorized(false)));
        }
        // Beside Spring Security's defaults (nosniff, frame DENY, no-store): the pages (inbox, dashboard, Swagger
        // UI) load nothing from elsewhere and are never framed; no referrer leaks a complaint number.
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
        if (properties.corsAllowedOrigins().isEmpty()) {
            http.cors(cors -> cors.disable());
        } else {
            http.cors(cors -> cors.configurationSource(corsFor(properties.corsAllowedOrigins())));
        }
        return http.build();
    }

    /** Same-origin everything; inline styles only (Swagger UI sets style attributes), no inline script. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()";

    private static CorsConfigurationSource corsFor(List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key"));
        cors.setExposedHeaders(List.of("ETag", "Location", "Idempotent-Replayed"));
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }

    private static JwtAuthenticationConverter rolesFromToken() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        converter.setPrincipalClaimName("preferred_username");
        return converter;
    }

    private static AuthenticationEntryPoint unauthorized(boolean basic) {
        return (request, response, e) -> {
            if (basic) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Klachtroute\", charset=\"UTF-8\"");
            }
            writeProblem(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign in to use this service");
        };
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, e) -> writeProblem(response, HttpStatus.FORBIDDEN, "access-refused",
                "Your role does not allow this");
    }

    private static void writeProblem(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String slug,
            String detail) throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(("{\"type\":\"" + ApiProblemHandler.TYPE_BASE + slug + "\",\"title\":\""
                + status.getReasonPhrase() + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }
}
