-- The TOTP secret is stored encrypted (decision 0406): gcm1:<key id>:<base64 of nonce and ciphertext>,
-- longer than the clear Base32 secret. The secrets already stored are encrypted by the first connect after
-- this script (Hemlighetsuppgradering), which has the key; SQL never sees it.
alter table anvandare alter column totp_hemlighet set data type varchar(128);
