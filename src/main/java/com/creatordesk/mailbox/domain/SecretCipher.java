package com.creatordesk.mailbox.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts mailbox secrets at rest with AES-256-GCM under a key derived (HKDF-SHA256) from
 * {@code creatordesk.secret-key}. Each value gets a random 96-bit nonce and is bound to its organization
 * (associated data), so a ciphertext copied into another organization's row does not decrypt. Stored as
 * {@code v1:<key id>:<base64(nonce | ciphertext | tag)>}; the key id tells "the key changed" apart from
 * "the value was tampered with".
 */
@Component
public class SecretCipher {

    private static final String VERSION = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String keyId;

    SecretCipher(@Value("${creatordesk.secret-key}") String secret) {
        byte[] derived = hkdf(secret.getBytes(StandardCharsets.UTF_8), "creatordesk mailbox", "mailbox-secret-encryption v1");
        this.key = new SecretKeySpec(derived, "AES");
        this.keyId = HexFormat.of().formatHex(hmac(derived, "key id".getBytes(StandardCharsets.UTF_8)), 0, 4);
    }

    public String encrypt(String plaintext, UUID organizationId) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, organizationId);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return VERSION + ":" + keyId + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The plaintext, or {@link UnreadableSecretException} when the key changed or the value was altered. */
    public String decrypt(String stored, UUID organizationId) {
        String[] parts = stored == null ? new String[0] : stored.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new UnreadableSecretException(UnreadableSecretException.Reason.DAMAGED);
        }
        if (!keyId.equals(parts[1])) {
            throw new UnreadableSecretException(UnreadableSecretException.Reason.KEY_CHANGED);
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(parts[2]);
            if (bytes.length <= NONCE_BYTES) {
                throw new UnreadableSecretException(UnreadableSecretException.Reason.DAMAGED);
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, NONCE_BYTES), organizationId);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new UnreadableSecretException(UnreadableSecretException.Reason.DAMAGED);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, UUID organizationId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(organizationId.toString().getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    /** RFC 5869 with one output block (32 bytes), which is all an AES-256 key needs. */
    private static byte[] hkdf(byte[] inputKey, String salt, String info) {
        byte[] pseudoRandomKey = hmac(salt.getBytes(StandardCharsets.UTF_8), inputKey);
        byte[] infoBytes = info.getBytes(StandardCharsets.UTF_8);
        byte[] block = ByteBuffer.allocate(infoBytes.length + 1).put(infoBytes).put((byte) 1).array();
        return hmac(pseudoRandomKey, block);
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
