-- Module outreach: templates, drafts, bulk sends and the outbox of outreach messages. organization_id is the
-- tenant; ids of other modules (campaigns, creators, members) are held without foreign keys.

CREATE TABLE outreach_templates (
    id              UUID PRIMARY KEY,
    organization_id UUID                     NOT NULL,
    name            VARCHAR(120)             NOT NULL,
    subject         VARCHAR(200)             NOT NULL,
    body            TEXT                     NOT NULL,
    created_by      UUID                     NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
-- Names are unique within an organization, ignoring case; also serves the list's order.
CREATE UNIQUE INDEX outreach_templates_name_uq ON outreach_templates (organization_id, lower(name));

CREATE TABLE outreach_drafts (
    id                  UUID PRIMARY KEY,
    organization_id     UUID                     NOT NULL,
    creator_id          UUID                     NOT NULL,
    campaign_id         UUID                     NOT NULL,
    template_id         UUID,
    subject             VARCHAR(200)             NOT NULL,
    body                TEXT                     NOT NULL,
    -- Set when the draft was sent: the outbox message that carries it.
    outreach_message_id UUID,
    created_by          UUID                     NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX outreach_drafts_list_idx ON outreach_drafts (organization_id, updated_at DESC, id DESC);

CREATE TABLE outreach_bulk_sends (
    id              UUID PRIMARY KEY,
    organization_id UUID                     NOT NULL,
    campaign_id     UUID                     NOT NULL,
    campaign_name   VARCHAR(120)             NOT NULL,
    template_id     UUID,
    template_name   VARCHAR(120)             NOT NULL,
    -- The template's text when the bulk send was set up: later template edits don't change it.
    subject         VARCHAR(200)             NOT NULL,
    body            TEXT                     NOT NULL,
    audience        VARCHAR(300),
    state           VARCHAR(12)              NOT NULL CHECK (state IN ('PREPARING', 'STARTED')),
    created_by      UUID                     NOT NULL,
    sender_name     VARCHAR(120)             NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX outreach_bulk_sends_list_idx ON outreach_bulk_sends (organization_id, created_at DESC, id DESC);

-- The preflight of a bulk send: one row per creator of the audience, in the audience's order.
CREATE TABLE outreach_bulk_recipients (
    id                  UUID PRIMARY KEY,
    organization_id     UUID         NOT NULL,
    bulk_send_id        UUID         NOT NULL REFERENCES outreach_bulk_sends (id) ON DELETE CASCADE,
    position            INT          NOT NULL,
    creator_id          UUID         NOT NULL,
    display_name        VARCHAR(120) NOT NULL,
    address             VARCHAR(254),
    state               VARCHAR(10)  NOT NULL CHECK (state IN ('RESOLVED', 'INVALID', 'SKIPPED')),
    reason              VARCHAR(300),
    outreach_message_id UUID
);
CREATE UNIQUE INDEX outreach_bulk_recipients_position_uq ON outreach_bulk_recipients (bulk_send_id, position);
CREATE INDEX outreach_bulk_recipients_state_idx ON outreach_bulk_recipients (bulk_send_id, state, position);

-- The outbox: every outreach email, recorded with its Message-ID before it is sent. The worker claims QUEUED
-- rows with FOR UPDATE SKIP LOCKED and marks them SENDING in a committed transaction before it talks SMTP;
-- a row left in SENDING by an instance that died is looked up in the Sent folder before anything is re-sent.
CREATE TABLE outreach_messages (
    id              UUID PRIMARY KEY,
    organization_id UUID                     NOT NULL,
    campaign_id     UUID                     NOT NULL,
    creator_id      UUID                     NOT NULL,
    bulk_send_id    UUID REFERENCES outreach_bulk_sends (id) ON DELETE SET NULL,
    draft_id        UUID,
    recipient_name  VARCHAR(120)             NOT NULL,
    address         VARCHAR(254)             NOT NULL,
    subject         VARCHAR(250)             NOT NULL,
    body            TEXT                     NOT NULL,
    unsubscribe_url VARCHAR(1000)            NOT NULL,
    message_id      VARCHAR(300)             NOT NULL,
    status          VARCHAR(10)              NOT NULL
        CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'BOUNCED', 'SKIPPED')),
    attempts        INT                      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by      UUID,
    claimed_at      TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    reply_code      INT,
    problem         VARCHAR(1000),
    created_by      UUID                     NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX outreach_messages_message_id_uq ON outreach_messages (organization_id, message_id);
-- The worker's queue: due messages per organization, oldest first.
CREATE INDEX outreach_messages_due_idx ON outreach_messages (organization_id, next_attempt_at, id) WHERE status = 'QUEUED';
CREATE INDEX outreach_messages_sending_idx ON outreach_messages (claimed_by) WHERE status = 'SENDING';
-- A bulk send's progress and its per-recipient list; a campaign's Outreach tab; "already contacted".
CREATE INDEX outreach_messages_bulk_idx ON outreach_messages (bulk_send_id, status);
CREATE INDEX outreach_messages_campaign_idx ON outreach_messages (organization_id, campaign_id, created_at DESC, id DESC);
CREATE INDEX outreach_messages_creator_idx ON outreach_messages (organization_id, creator_id, campaign_id);

-- Addresses that asked for no more outreach, per organization.
CREATE TABLE outreach_unsubscribes (
    id                  UUID PRIMARY KEY,
    organization_id     UUID                     NOT NULL,
    address             VARCHAR(254)             NOT NULL,
    creator_id          UUID,
    outreach_message_id UUID,
    unsubscribed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX outreach_unsubscribes_address_uq ON outreach_unsubscribes (organization_id, lower(address));

-- Creators already in a collaboration for a campaign, so bulk sends skip them (see the Outreach facade).
CREATE TABLE outreach_collaborators (
    organization_id UUID                     NOT NULL,
    campaign_id     UUID                     NOT NULL,
    creator_id      UUID                     NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (organization_id, campaign_id, creator_id)
);

-- Sending limits per organization (null: the application's default), and the counters that enforce them
-- across instances: the worker locks this row while it claims, so two instances never exceed a limit.
CREATE TABLE outreach_sending_limits (
    organization_id   UUID PRIMARY KEY,
    rate_per_minute   INT CHECK (rate_per_minute >= 1),
    daily_cap         INT CHECK (daily_cap >= 1),
    window_started_at TIMESTAMP WITH TIME ZONE,
    window_count      INT  NOT NULL DEFAULT 0,
    quota_day         DATE,
    quota_used        INT  NOT NULL DEFAULT 0
);

-- Outbox workers that are alive: a SENDING message claimed by an instance without a recent heartbeat is
-- recovered by another. Not tenant data.
CREATE TABLE outreach_workers (
    instance_id  UUID PRIMARY KEY,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL
);
