package nl.klachtroute.support.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param mode        {@code jwt} (OAuth2 resource server, the default) or {@code dev-users} (HTTP Basic
 *                    against the fictional staff directory; local stack and tests only)
 * @param devPassword password of every dev user in {@code dev-users} mode
 * @param corsAllowedOrigins origins (e.g. {@code https://intranet.example}) whose pages may call the API from
 *                    a browser; none by default: the services' own pages are same-origin
 * @param publicPaths path patterns served without signing in besides health (e.g. the citizen's feedback page,
 *                    {@code /feedback/**}); none by default
 */
@ConfigurationProperties("klachtroute.security")
public record SecurityProperties(@DefaultValue("jwt") String mode, @DefaultValue("klachtroute") String devPassword,
        List<String> corsAllowedOrigins, List<String> publicPaths) {

    public SecurityProperties {
        corsAllowedOrigins = corsAllowedOrigins == null ? List.of() : List.copyOf(corsAllowedOrigins);
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }

    public boolean devUsers() {
        return "dev-users".equals(mode);
    }
}
