-- The fair assignment asks for each salesperson's last assignment: an index on (owner, assigned_at) answers it
-- without reading every lead they ever had.
create index ix_lead_owner_assigned on sf_lead (owner, assigned_at);
