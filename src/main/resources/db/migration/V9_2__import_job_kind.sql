-- Leads are imported through the same jobs as customers; the kind says which feature reads the rows.
alter table sf_import_job add column kind varchar(20) not null default 'CUSTOMERS';
