-- H2 only (docs/decisions/0385-atkomstloggen-skyddad-i-h2.md), the counterpart of PostgreSQL's V011:
-- the database itself refuses to change or delete an access-log entry or a review, whoever asks.
-- The trigger class lives in se.kundval.persistence; H2 finds it through the class factory that
-- H2triggrar registers, since H2's own bundle cannot see it. TRUNCATE fires no trigger on H2; H2
-- refuses it for atkomstlogg because atkomstgranskning refers to it.

create trigger atkomstlogg_oforanderlig before update, delete on atkomstlogg
    for each row call 'se.kundval.persistence.internal.Oforanderligtrigger';
create trigger atkomstgranskning_oforanderlig before update, delete on atkomstgranskning
    for each row call 'se.kundval.persistence.internal.Oforanderligtrigger';
