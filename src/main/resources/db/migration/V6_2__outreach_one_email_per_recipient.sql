-- A bulk send writes to each of its creators once and a draft is sent once, whatever happens at the same
-- time (a double click on Send): the services lock the bulk send or draft, and these indexes make sure.
CREATE UNIQUE INDEX outreach_messages_bulk_creator_uq ON outreach_messages (bulk_send_id, creator_id)
    WHERE bulk_send_id IS NOT NULL;
CREATE UNIQUE INDEX outreach_messages_draft_uq ON outreach_messages (draft_id) WHERE draft_id IS NOT NULL;
