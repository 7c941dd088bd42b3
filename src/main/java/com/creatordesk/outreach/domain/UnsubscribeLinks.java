package com.creatordesk.outreach.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Unsubscribe links, {@code /u/{token}}: the token is the outreach message's id and an HMAC of it under the
 * secret key (truncated to 128 bits), so it needs no storage and can't be guessed or altered. The message
 * names the organization and the address.
 */
@Component
public class UnsubscribeLinks {

    public static final String PATH = "/u/";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int SIGNATURE_BYTES = 16;

    private final SecretKeySpec key;

    UnsubscribeLinks(@Value("${creatordesk.secret-key}") String secret) {
        this.key = new SecretKeySpec(("unsubscribe:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String url(String base, UUID outreachMessageId) {
        return base.replaceAll("/+$", "") + PATH + token(outreachMessageId);
    }

    public String token(UUID outreachMessageId) {
        byte[] id = ByteBuffer.allocate(16).putLong(outreachMessageId.getMostSignificantBits())
                .putLong(outreachMessageId.getLeastSignificantBits()).array();
        byte[] token = ByteBuffer.allocate(16 + SIGNATURE_BYTES).put(id).put(sign(id)).array();
        return ENCODER.encodeToString(token);
    }

    /** The outreach message a token names, if the token is intact. */
    public Optional<UUID> messageId(String token) {
        try {
            byte[] bytes = token == null ? new byte[0] : DECODER.decode(token);
            if (bytes.length != 16 + SIGNATURE_BYTES) {
                return Optional.empty();
            }
            byte[] id = Arrays.copyOf(bytes, 16);
            if (!MessageDigest.isEqual(sign(id), Arrays.copyOfRange(bytes, 16, bytes.length))) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(id);
            return Optional.of(new UUID(buffer.getLong(), buffer.getLong()));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private byte[] sign(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(data), SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
