-- The email an entry came from: a collaboration created by Inbox sync links the creator's reply that caused it.
ALTER TABLE collaboration_activities
    ADD COLUMN email_thread_id  UUID,
    ADD COLUMN email_message_id UUID;
