-- Outreach no longer keeps its own copy of who is in a collaboration: the preflight asks the collaborations
-- module through the CollaboratingCreators port each time, so the answer is never stale. Nothing ever fed
-- this table.
DROP TABLE outreach_collaborators;
