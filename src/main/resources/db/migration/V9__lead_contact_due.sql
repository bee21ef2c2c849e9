-- When the first contact of a lead is due (the Qualify task's due date), so that the lead list can filter by SLA
-- state without asking the engine. Open leads of earlier versions get the default 24 hours from their assignment.
alter table sf_lead add column contact_due_at timestamp null;
update sf_lead set contact_due_at = timestampadd(HOUR, 24, assigned_at)
    where status = 'QUALIFYING' and assigned_at is not null;
create index ix_lead_status_contact_due on sf_lead (status, contact_due_at);
-- Whoever entered a lead may follow it, wherever routing sent it.
create index ix_lead_created_by on sf_lead (created_by);
