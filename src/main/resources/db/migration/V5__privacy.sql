-- A person who texted DELETE (SUPPRIMER, BORRAR) and has not yet confirmed it.
alter table conversation add column erasure_requested_at timestamp with time zone;
