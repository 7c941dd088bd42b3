package com.creatordesk.identity.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Invitation tokens: the invitation id plus an HMAC of it under the secret key. A token can be shown
 * again (Copy invitation link) without storing it, and a tampered token is recognised without a look-up.
 */
@Component
public class InvitationLinks {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    InvitationLinks(@Value("${creatordesk.secret-key}") String secret) {
        this.key = new SecretKeySpec(("invitation:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String tokenFor(UUID invitationId) {
        byte[] id = bytes(invitationId);
        return ENCODER.encodeToString(id) + "." + ENCODER.encodeToString(sign(id));
    }

    /** The invitation a token names, if the token is intact. */
    public Optional<UUID> invitationId(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] id = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (id.length != 16 || !MessageDigest.isEqual(sign(id), signature)) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(id);
            return Optional.of(new UUID(buffer.getLong(), buffer.getLong()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
