-- Lead routing skips people who are away (DOMAIN.md §5.1): absent up to and including this date.
alter table sf_user add absent_until date null;
