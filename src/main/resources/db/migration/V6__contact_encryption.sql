-- Phone numbers and chat ids are stored encrypted (AES-GCM, with the id of the key that encrypted
-- them) in "contact", and found through a keyed hash (HMAC-SHA256) in "contact_hash". The last four
-- digits are kept apart, for the masked form staff see (SMS ...0005). Rows written before this
-- migration are encrypted by the service at its next start.
alter table conversation drop constraint conversation_contact;
alter table conversation add column contact_hash varchar(64);
alter table conversation add column contact_hint varchar(8);
create unique index conversation_contact_hash on conversation (channel, contact_hash);
alter table conversation alter column contact set data type varchar(400);
alter table outbound_message alter column recipient set data type varchar(400);
