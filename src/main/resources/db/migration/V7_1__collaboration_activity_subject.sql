-- Module collaborations: a shipment's history entries name it as carrier + " " + tracking number, up to
-- 60 + 1 + 60 characters, one more than subject held (a 60-character carrier with a 60-character number
-- failed with "value too long").
ALTER TABLE collaboration_activities ALTER COLUMN subject TYPE VARCHAR(200);
