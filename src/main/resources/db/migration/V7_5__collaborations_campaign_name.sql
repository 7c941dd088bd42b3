-- The campaign's name, kept with each collaboration (as the creator's name is) so that the list reads one table
-- in one statement. Written when a collaboration is created; a renamed campaign's collaborations are updated by
-- the campaigns module's CampaignRenamed event. Filled here once from the campaigns of existing collaborations.
ALTER TABLE collaborations ADD COLUMN campaign_name VARCHAR(120);
UPDATE collaborations c SET campaign_name = k.name FROM campaigns k WHERE k.id = c.campaign_id;
