-- Module mailbox: the team mailbox of an organization (at most one). Without a row, the organization uses
-- the built-in sandbox mail server. The password is stored only encrypted (AES-GCM, see SecretCipher):
-- "v1:<key id>:<base64 nonce + ciphertext + tag>".

CREATE TABLE mailbox_accounts (
    id                 UUID PRIMARY KEY,
    organization_id    UUID                     NOT NULL REFERENCES organizations (id),
    sender_name        VARCHAR(120)             NOT NULL,
    sender_address     VARCHAR(254)             NOT NULL,
    imap_host          VARCHAR(253)             NOT NULL,
    imap_port          INT                      NOT NULL CHECK (imap_port BETWEEN 1 AND 65535),
    imap_security      VARCHAR(8)               NOT NULL CHECK (imap_security IN ('TLS', 'STARTTLS', 'NONE')),
    smtp_host          VARCHAR(253)             NOT NULL,
    smtp_port          INT                      NOT NULL CHECK (smtp_port BETWEEN 1 AND 65535),
    smtp_security      VARCHAR(8)               NOT NULL CHECK (smtp_security IN ('TLS', 'STARTTLS', 'NONE')),
    username           VARCHAR(254)             NOT NULL,
    password_encrypted VARCHAR(1024)            NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         UUID                     NOT NULL
);
CREATE UNIQUE INDEX mailbox_accounts_organization_uq ON mailbox_accounts (organization_id);
