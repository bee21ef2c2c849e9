-- The sales pipeline (销售漏斗, issue 7): what an opportunity needs besides stage and amount, and the indexes of the
-- pipeline board (per stage, by expected close) and the list (by owner, by expected close).

-- Set by hand (true) or following the stage's default (false).
alter table sf_opportunity add column probability_manual boolean not null default false;
-- Names of the competitors met, one per line (a short free list; searched with like).
alter table sf_opportunity add column competitors varchar(1100) null;
-- LossReason (Java enum) and a free note; set while the stage is LOST.
alter table sf_opportunity add column loss_reason varchar(30) null;
alter table sf_opportunity add column loss_note varchar(1000) null;
alter table sf_opportunity add column description varchar(2000) null;
-- When it was won or lost; null while open.
alter table sf_opportunity add column closed_at timestamp null;
alter table sf_opportunity add column stage_changed_at timestamp null;
-- Moved by contact records (跟进记录) of the customer.
alter table sf_opportunity add column last_follow_up_at timestamp null;
alter table sf_opportunity add column next_follow_up_at date null;
alter table sf_opportunity add column updated_at timestamp null;
alter table sf_opportunity add column updated_by varchar(60) null;

update sf_opportunity set updated_at = created_at, stage_changed_at = created_at;

create index ix_opportunity_stage_close on sf_opportunity (stage, expected_close);
create index ix_opportunity_owner_close on sf_opportunity (owner, expected_close);
create index ix_opportunity_customer_stage on sf_opportunity (customer_id, stage);

-- A contact record may be about one opportunity of its customer.
alter table sf_contact_record add column opportunity_id bigint null;
create index ix_contact_record_opportunity on sf_contact_record (opportunity_id);
