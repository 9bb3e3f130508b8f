package nl.klachtroute.support.pseudonym;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms (HMAC-SHA256) for citizen and employee references on shared topics and in
 * analytics: stable for the same person, so repeat patterns can be found, but not reversible and
 * not recomputable without the key. Values are normalised (trimmed, lower case) before hashing.
 */
public final class Pseudonymizer {

    private final SecretKeySpec key;

    public Pseudonymizer(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("klachtroute.pseudonym.key must be at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /**
     * @param namespace what kind of reference (e.g. "citizen", "employee"), so equal values in
     *                  different namespaces get different pseudonyms
     */
    public String pseudonym(String namespace, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((namespace + ":" + value.trim().toLowerCase(Locale.ROOT))
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
