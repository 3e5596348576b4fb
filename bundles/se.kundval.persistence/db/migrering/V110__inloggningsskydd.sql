-- The login's protection (DOMAIN §11, decisions 0311 and 0312): failed attempts in a row and the time the
-- account is locked until; the TOTP secret of an anordnare user and the last time step a code was used in,
-- so that a code works once. Columns of the account, read and written only by the login, not by the model.
alter table anvandare add column misslyckade_forsok integer default 0 not null;
alter table anvandare add column last_till timestamp;
alter table anvandare add column totp_hemlighet varchar(64);
alter table anvandare add column totp_senaste_steg bigint;
