-- PostgreSQL only (docs/decisions/0200-atkomstlogg.md): the database itself refuses to change or
-- delete an access-log entry or a review, whoever asks, so not even a client with the database
-- password can rewrite who looked at which kund. TRUNCATE is refused as well.

create function atkomstlogg_oforanderlig() returns trigger language plpgsql as $$
begin
    raise exception 'Åtkomstloggen kan inte ändras eller raderas (%)', tg_table_name
        using errcode = 'insufficient_privilege';
end
$$;

create trigger atkomstlogg_oforanderlig before update or delete on atkomstlogg
    for each row execute function atkomstlogg_oforanderlig();
create trigger atkomstlogg_ingen_tomning before truncate on atkomstlogg
    for each statement execute function atkomstlogg_oforanderlig();
create trigger atkomstgranskning_oforanderlig before update or delete on atkomstgranskning
    for each row execute function atkomstlogg_oforanderlig();
create trigger atkomstgranskning_ingen_tomning before truncate on atkomstgranskning
    for each statement execute function atkomstlogg_oforanderlig();
