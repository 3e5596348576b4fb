-- Complete audit and four-eyes prices (DOMAIN §12, decisions 0220 and 0221).
-- Every audit entry gets its field changes (before and after, as text). A price row gets the
-- proposal, the second administratör's approval and a withdrawal; the rows that exist were the
-- prislista in force, so they count as approved. The table is rebuilt rather than altered: a
-- correction is a new row from the same day, so the unnamed unique (insatstyp_id, giltig_fran)
-- must go, and H2 and PostgreSQL name it differently.

create table faltandring (
    id bigint not null primary key,
    version bigint not null,
    handelse_id bigint not null references granskningshandelse (id),
    objekttyp varchar(255),
    objekt_id bigint,
    falt varchar(255),
    fore varchar(4000),
    efter varchar(4000)
);
create index ix_faltandring_handelse_id on faltandring (handelse_id);
create index ix_granskningshandelse_objekt on granskningshandelse (objekttyp, objekt_id);

create table pris_ny (
    id bigint not null primary key,
    version bigint not null,
    insatstyp_id bigint not null references insatstyp (id),
    giltig_fran date not null,
    checkbelopp numeric(12,2) not null,
    bonus numeric(12,2),
    status varchar(40),
    foreslagen_av varchar(255),
    foreslagen_tid timestamp,
    godkand_av varchar(255),
    godkand_tid timestamp,
    aterkallad_av varchar(255),
    aterkallad_tid timestamp
);
insert into pris_ny (id, version, insatstyp_id, giltig_fran, checkbelopp, bonus, status)
    select id, version, insatstyp_id, giltig_fran, checkbelopp, bonus, 'GODKAND' from pris;
drop table pris;
alter table pris_ny rename to pris;
create index ix_pris_insatstyp_id on pris (insatstyp_id, giltig_fran);
