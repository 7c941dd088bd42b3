-- Module inbox: the email threads and messages synced from each organization's team mailbox, and the
-- outreach Message-IDs it recognises replies by.

CREATE TABLE email_threads (
    id                  UUID PRIMARY KEY,
    organization_id     UUID                     NOT NULL REFERENCES organizations (id),
    subject             VARCHAR(1000)            NOT NULL,
    -- The first outside address of the thread (who the team talks to) and the name it came with.
    counterpart_address VARCHAR(320),
    counterpart_name    VARCHAR(200),
    -- Every outside address seen in From, To or Cc, lower case; matched against the Creator Pool.
    participants        VARCHAR(320)[]           NOT NULL DEFAULT '{}',
    message_count       INT                      NOT NULL DEFAULT 0,
    last_message_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Date of the newest message that is not an auto-reply or bounce: it decides needs_attention.
    last_conversation_at TIMESTAMP WITH TIME ZONE,
    preview             VARCHAR(300)             NOT NULL DEFAULT '',
    needs_attention     BOOLEAN                  NOT NULL DEFAULT FALSE,
    -- Set when the thread holds one of our outreach Message-IDs (learned from OutreachSent).
    outreach_message_id VARCHAR(1000),
    campaign_id         UUID,
    creator_id          UUID,
    -- The collaboration this thread is linked to (told by the collaborations module through EmailThreads).
    collaboration_id    UUID,
    -- A thread found to be part of another one (a message referencing both arrived) points to it.
    merged_into         UUID REFERENCES email_threads (id),
    search_text         TEXT                     NOT NULL DEFAULT '',
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL DEFAULT 0
);
-- Keyset paging, newest first, from the cursor on.
CREATE INDEX email_threads_by_last_message_idx ON email_threads (organization_id, last_message_at DESC, id DESC)
    WHERE merged_into IS NULL;
CREATE INDEX email_threads_attention_idx ON email_threads (organization_id, last_message_at DESC, id DESC)
    WHERE merged_into IS NULL AND needs_attention;
CREATE INDEX email_threads_campaign_idx ON email_threads (organization_id, campaign_id) WHERE campaign_id IS NOT NULL;
CREATE INDEX email_threads_creator_idx ON email_threads (organization_id, creator_id) WHERE creator_id IS NOT NULL;
CREATE INDEX email_threads_participants_idx ON email_threads USING gin (participants);
CREATE INDEX email_threads_search_trgm_idx ON email_threads USING gin (search_text gin_trgm_ops);

CREATE TABLE email_messages (
    id                 UUID PRIMARY KEY,
    organization_id    UUID                     NOT NULL REFERENCES organizations (id),
    thread_id          UUID                     NOT NULL REFERENCES email_threads (id),
    -- The Message-ID header with its angle brackets, or one derived from date, sender, subject and body.
    message_id         VARCHAR(1000)            NOT NULL,
    derived_message_id BOOLEAN                  NOT NULL,
    direction          VARCHAR(8)               NOT NULL CHECK (direction IN ('INBOUND', 'OUTBOUND')),
    kind               VARCHAR(10)              NOT NULL CHECK (kind IN ('NORMAL', 'AUTO_REPLY', 'BOUNCE')),
    -- Where we first saw it: the INBOX, the Sent folder, or the Reply form of the app.
    source             VARCHAR(8)               NOT NULL CHECK (source IN ('INBOX', 'SENT', 'APP')),
    from_address       VARCHAR(320),
    from_name          VARCHAR(200),
    to_addresses       TEXT[]                   NOT NULL DEFAULT '{}',
    cc_addresses       TEXT[]                   NOT NULL DEFAULT '{}',
    reply_to           VARCHAR(320),
    subject            VARCHAR(1000)            NOT NULL,
    -- The Date header (null when missing or unreadable) and when the server received it (or we sent it).
    sent_at            TIMESTAMP WITH TIME ZONE,
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    stored_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    in_reply_to        VARCHAR(1000),
    reference_ids      TEXT[]                   NOT NULL DEFAULT '{}',
    headers            TEXT                     NOT NULL,
    text_body          TEXT                     NOT NULL,
    -- Sanitised (no scripts, styles or event handlers); remote images are still in it and removed when shown
    -- until the member allows them.
    html_body          TEXT,
    remote_content     BOOLEAN                  NOT NULL DEFAULT FALSE,
    preview            VARCHAR(300)             NOT NULL,
    -- For a delivery-failure notice: the Message-ID of the email that could not be delivered, and why.
    bounced_message_id VARCHAR(1000),
    diagnostic         VARCHAR(1000),
    -- What could not be read (a part that failed to decode, ...); the raw source is kept for those.
    parse_problem      VARCHAR(1000),
    raw_source         BYTEA
);
CREATE UNIQUE INDEX email_messages_message_id_uq ON email_messages (organization_id, message_id);
CREATE INDEX email_messages_thread_idx ON email_messages (thread_id, received_at, id);
CREATE INDEX email_messages_bounced_idx ON email_messages (organization_id, bounced_message_id)
    WHERE bounced_message_id IS NOT NULL;
CREATE INDEX email_messages_problem_idx ON email_messages (organization_id, stored_at DESC)
    WHERE parse_problem IS NOT NULL;

CREATE TABLE email_attachments (
    message_id   UUID          NOT NULL REFERENCES email_messages (id) ON DELETE CASCADE,
    position     INT           NOT NULL,
    file_name    VARCHAR(500)  NOT NULL,
    content_type VARCHAR(200)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    PRIMARY KEY (message_id, position)
);

-- Every Message-ID a thread's messages have or refer to (In-Reply-To, References) names the thread, so a
-- reply that arrives before its parent still joins it, and a message naming two threads merges them.
CREATE TABLE email_thread_keys (
    organization_id UUID          NOT NULL REFERENCES organizations (id),
    message_id      VARCHAR(1000) NOT NULL,
    thread_id       UUID          NOT NULL REFERENCES email_threads (id),
    PRIMARY KEY (organization_id, message_id)
);
CREATE INDEX email_thread_keys_thread_idx ON email_thread_keys (thread_id);

-- Outreach emails we sent (from OutreachSent): a reply naming one of these Message-IDs is a reply to outreach.
CREATE TABLE inbox_outreach_messages (
    organization_id     UUID                     NOT NULL REFERENCES organizations (id),
    message_id          VARCHAR(1000)            NOT NULL,
    outreach_message_id UUID                     NOT NULL,
    campaign_id         UUID                     NOT NULL,
    creator_id          UUID                     NOT NULL,
    address             VARCHAR(320)             NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (organization_id, message_id)
);
CREATE INDEX inbox_outreach_messages_campaign_idx ON inbox_outreach_messages (organization_id, campaign_id);
