package com.creatordesk.mailbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SecretCipherTests {

    private final SecretCipher cipher = new SecretCipher("a-secret-key-for-tests");
    private final UUID organization = UUID.randomUUID();

    @Test
    void encryptsWithAFreshNonceEachTimeAndDecryptsBack() {
        String first = cipher.encrypt("hunter2-password", organization);
        String second = cipher.encrypt("hunter2-password", organization);

        assertThat(first).startsWith("v1:").doesNotContain("hunter2");
        assertThat(first).isNotEqualTo(second);
        assertThat(cipher.decrypt(first, organization)).isEqualTo("hunter2-password");
        assertThat(cipher.decrypt(second, organization)).isEqualTo("hunter2-password");
    }

    @Test
    void refusesATamperedCiphertext() {
        String stored = cipher.encrypt("hunter2-password", organization);
        String prefix = stored.substring(0, stored.lastIndexOf(':') + 1);
        byte[] bytes = Base64.getDecoder().decode(stored.substring(prefix.length()));
        bytes[bytes.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt(prefix + Base64.getEncoder().encodeToString(bytes), organization))
                .isInstanceOfSatisfying(UnreadableSecretException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadableSecretException.Reason.DAMAGED));
    }

    @Test
    void aCiphertextCopiedToAnotherOrganizationDoesNotDecrypt() {
        String stored = cipher.encrypt("hunter2-password", organization);

        assertThatThrownBy(() -> cipher.decrypt(stored, UUID.randomUUID())).isInstanceOf(UnreadableSecretException.class);
    }

    @Test
    void aChangedSecretKeyIsToldApartFromTampering() {
        String stored = cipher.encrypt("hunter2-password", organization);

        assertThatThrownBy(() -> new SecretCipher("another-key").decrypt(stored, organization))
                .isInstanceOfSatisfying(UnreadableSecretException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UnreadableSecretException.Reason.KEY_CHANGED);
                    assertThat(e.getMessage()).contains("CREATORDESK_SECRET_KEY").contains("Re-enter the password");
                });
    }
}
