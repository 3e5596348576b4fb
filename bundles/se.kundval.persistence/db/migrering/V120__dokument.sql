-- The anordnare's documents behind the six-month evidence (DOMAIN §14, docs/decisions/0370): what the
-- model holds about a file in dokument, its bytes in dokumentinnehall, a table no query of the model
-- touches, so that opening a kund or Mina kunder never reads document content. Runs on H2 and PostgreSQL
-- (H2 reads bytea as binary varying).
create table dokument (
    id bigint not null primary key,
    version bigint not null,
    uppfoljning_id bigint not null references sexmanadersuppfoljning (id),
    filnamn varchar(255) not null,
    innehallstyp varchar(100) not null,
    storlek bigint not null,
    sha256 varchar(64) not null,
    uppladdad_av varchar(255),
    uppladdad timestamp
);

create index ix_dokument_uppfoljning_id on dokument (uppfoljning_id);

create table dokumentinnehall (
    dokument_id bigint not null primary key references dokument (id),
    innehall bytea not null
);
