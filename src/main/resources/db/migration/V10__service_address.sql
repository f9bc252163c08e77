-- The address the person last wrote to (the Twilio number of the webhook's To, whatsapp: prefix
-- included): staff replies leave from it, so that the person hears back from the number they know.
alter table conversation add column service_address varchar(64);
