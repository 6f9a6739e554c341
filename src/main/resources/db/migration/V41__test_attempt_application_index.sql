-- Attempts are read per application on every test result (R393-9). PostgreSQL does not index
-- foreign keys by itself (H2 does), so without this the read scans all attempts.
create index test_attempt_application_idx on test_attempt (application_id);
