-- Module identity: organizations (the tenant), team members and invitations.

CREATE TABLE organizations (
    id         UUID PRIMARY KEY,
    name       VARCHAR(120)             NOT NULL,
    demo       BOOLEAN                  NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE members (
    id                  UUID PRIMARY KEY,
    organization_id     UUID                     NOT NULL REFERENCES organizations (id),
    name                VARCHAR(120)             NOT NULL,
    email               VARCHAR(254)             NOT NULL,
    password_hash       VARCHAR(255)             NOT NULL,
    role                VARCHAR(16)              NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'MEMBER')),
    failed_sign_ins     INT                      NOT NULL DEFAULT 0,
    last_failed_sign_in TIMESTAMP WITH TIME ZONE,
    locked_until        TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
-- One account per email address across the installation: the email is the sign-in name.
CREATE UNIQUE INDEX members_email_uq ON members (lower(email));
CREATE INDEX members_organization_idx ON members (organization_id);

CREATE TABLE invitations (
    id              UUID PRIMARY KEY,
    organization_id UUID                     NOT NULL REFERENCES organizations (id),
    email           VARCHAR(254)             NOT NULL,
    role            VARCHAR(16)              NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'MEMBER')),
    invited_by      UUID                     NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX invitations_organization_idx ON invitations (organization_id);
-- At most one open invitation per address in an organization.
CREATE UNIQUE INDEX invitations_open_email_uq ON invitations (organization_id, lower(email)) WHERE accepted_at IS NULL;
