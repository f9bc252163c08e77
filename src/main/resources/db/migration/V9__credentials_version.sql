-- Raised whenever an account is disabled or enabled or its password changes: a session opened
-- under an older version ends at its next request.
alter table staff_user add column credentials_version integer not null default 0;
