package nl.klachtroute.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The dev users of the local stack sign in with the one public password, and keep doing so cheaply. */
class DevUsersTest {

    private final UserDetailsService users = new SecurityAutoConfiguration().devUsers(StaffDirectory.fictional(),
            new SecurityProperties("dev-users", "klachtroute", null, null));

    @Test
    void everyDevUserSignsInWithTheDevPasswordAndGetsTheRolesOfTheDirectory() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);

        Authentication analyst = provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("an.peters", "klachtroute"));

        assertThat(analyst.getAuthorities()).extracting(Object::toString).contains("ROLE_ANALYST")
                .doesNotContain("ROLE_HANDLER", "ROLE_ADMIN");
        assertThatThrownBy(() -> provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("an.peters", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aSignInDoesNotTurnThePasswordIntoABcryptHashThatEveryLaterRequestWouldPayFor() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);

        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("h.devries", "klachtroute"));
        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("h.devries", "klachtroute"));

        assertThat(users).isNotInstanceOf(UserDetailsPasswordService.class);
        assertThat(users.loadUserByUsername("h.devries").getPassword()).startsWith("{noop}");
    }
}
