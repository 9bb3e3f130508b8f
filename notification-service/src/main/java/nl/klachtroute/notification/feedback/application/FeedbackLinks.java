package nl.klachtroute.notification.feedback.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import nl.klachtroute.notification.message.MailContent;

/**
 * The feedback link's token: HMAC-SHA256 of the closure event's id under a secret key, base64url (43
 * characters, 256 bits). Unguessable without the key, the same for a redelivered closure, and computable again
 * at send time, so neither the token nor the link is stored: the recorded letter carries {@link #PLACEHOLDER},
 * and the invitation is found by the token's SHA-256.
 */
@Component
public class FeedbackLinks {

    /** Stands in the recorded letter where the link goes; filled in when the letter is sent or printed. */
    public static final String PLACEHOLDER = "{{tevredenheidslink}}";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private final byte[] key;
    private final String publicUrl;

    public FeedbackLinks(FeedbackSettings settings) {
        this.key = ("feedback-link|" + settings.linkKey()).getBytes(StandardCharsets.UTF_8);
        this.publicUrl = settings.publicUrl().endsWith("/") ? settings.publicUrl() : settings.publicUrl() + "/";
    }

    public String token(UUID closureEventId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(closureEventId.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether the text could be a token at all; anything else is refused before the store is asked. */
    public static boolean wellFormed(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    /** The invitation's id: SHA-256 of the token, hex. */
    public static String idOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public String link(UUID closureEventId) {
        return publicUrl + token(closureEventId);
    }

    /** The letter as sent: the link of the closure that caused it where the placeholder stands. */
    public MailContent fillIn(MailContent letter, UUID closureEventId) {
        if (!letter.body().contains(PLACEHOLDER) && (letter.html() == null || !letter.html().contains(PLACEHOLDER))) {
            return letter;
        }
        String link = link(closureEventId);
        return new MailContent(letter.template(), letter.templateVersion(), letter.subject(),
                letter.body().replace(PLACEHOLDER, link),
                letter.html() == null ? null : letter.html().replace(PLACEHOLDER, link));
    }
}
