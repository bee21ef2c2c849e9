-- Receivables aging (issue 9) reads every open instalment: with currency, due date, amount and paid in the index it
-- reads the index alone instead of looking up 100,000 rows one by one (H2 took the (status, due_date) index and did
-- just that; docs/benchmarks.md, receivables aging).
create index ix_instalment_aging on sf_instalment (status, currency, due_date, amount, paid);
