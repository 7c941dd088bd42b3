-- Module inbox: the state of syncing each organization's team mailbox.

-- Mailboxes the inbox syncs, with their health for Settings → Mailbox. A row appears the first time the
-- organization needs its inbox (outreach sent, Inbox or mailbox settings opened, demo data).
CREATE TABLE inbox_mailboxes (
    organization_id   UUID PRIMARY KEY REFERENCES organizations (id),
    registered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The sandbox keeps its mail in one app instance's memory: only that instance can sync it.
    sandbox_instance  VARCHAR(200),
    sync_requested_at TIMESTAMP WITH TIME ZONE,
    connected         BOOLEAN                  NOT NULL DEFAULT FALSE,
    idle_supported    BOOLEAN,
    last_attempt_at   TIMESTAMP WITH TIME ZONE,
    last_success_at   TIMESTAMP WITH TIME ZONE,
    last_error        VARCHAR(2000),
    last_error_at     TIMESTAMP WITH TIME ZONE,
    -- How long the newest synced message took from reaching the server to being stored.
    last_lag_ms       BIGINT
);

-- One app instance syncs a mailbox at a time. The owner renews expires_at while it syncs; another instance
-- takes the row only once it has expired (UPDATE ... WHERE expires_at < now()).
CREATE TABLE mailbox_sync_claims (
    organization_id UUID PRIMARY KEY REFERENCES organizations (id),
    owner           VARCHAR(200)             NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- How far each folder has been synced: the last UID stored under the folder's UIDVALIDITY. A different
-- UIDVALIDITY (or a different mailbox) starts the folder over; Message-IDs keep that from duplicating.
CREATE TABLE inbox_folder_cursors (
    organization_id UUID                     NOT NULL REFERENCES organizations (id),
    mailbox         VARCHAR(320)             NOT NULL,
    folder          VARCHAR(500)             NOT NULL,
    uid_validity    BIGINT                   NOT NULL,
    last_uid        BIGINT                   NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (organization_id, mailbox, folder)
);

-- Messages that could not be parsed at all: kept as raw source, listed on the sync status page.
CREATE TABLE inbox_unreadable_messages (
    id              UUID PRIMARY KEY,
    organization_id UUID                     NOT NULL REFERENCES organizations (id),
    mailbox         VARCHAR(320)             NOT NULL,
    folder          VARCHAR(500)             NOT NULL,
    uid_validity    BIGINT                   NOT NULL,
    uid             BIGINT                   NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE,
    problem         VARCHAR(1000)            NOT NULL,
    raw_source      BYTEA                    NOT NULL,
    stored_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX inbox_unreadable_messages_uq
    ON inbox_unreadable_messages (organization_id, mailbox, folder, uid_validity, uid);
