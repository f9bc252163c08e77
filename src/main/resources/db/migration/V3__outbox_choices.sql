-- Buttons offered with a message (Telegram shows them as inline buttons): one "value<TAB>label" per line.
alter table outbound_message add column choices varchar(4000);
