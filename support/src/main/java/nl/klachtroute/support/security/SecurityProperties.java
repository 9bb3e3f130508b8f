package nl.klachtroute.support.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param mode        {@code jwt} (OAuth2 resource server, the default) or {@code dev-users} (HTTP Basic
 *                    against the fictional staff directory; local stack and tests only)
 * @param devPassword password of every dev user in {@code dev-users} mode
 */
@ConfigurationProperties("klachtroute.security")
public record SecurityProperties(@DefaultValue("jwt") String mode, @DefaultValue("klachtroute") String devPassword) {

    public boolean devUsers() {
        return "dev-users".equals(mode);
    }
}
