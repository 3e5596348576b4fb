-- Gallring (DOMAIN §12): a gallrad akt leaves its insatser as anonymous statistics. The person is
-- then a kund row without personnummer (a random kund_id, only the banded attributes the reports
-- read), and each insats keeps the kund's age band at its start as the band's lowest age.
-- The kept gallringsrapporter hold counts only. Runs unchanged on H2 and PostgreSQL.

alter table kund alter column personnummer drop not null;

alter table insats add column aldersband_vid_start integer;

create table gallringsrapport (
    id bigint not null primary key,
    per date not null,
    utford timestamp not null,
    utford_av varchar(255) not null,
    akter integer not null,
    insatser integer not null,
    sparade_forskning integer not null
);

create table gallringsrapport_ar (
    rapport_id bigint not null references gallringsrapport (id),
    ar integer not null,
    akter integer not null,
    primary key (rapport_id, ar)
);

create table gallringsrapport_oppet (
    rapport_id bigint not null references gallringsrapport (id),
    insats_id varchar(255) not null,
    insatstyp varchar(255) not null,
    startdatum date not null,
    senaste_post date not null
);

create sequence gallringsrapport_seq start with 1 increment by 1;
