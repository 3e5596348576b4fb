-- Kundval: the product's schema, version 1. Generated once from model/kundval.ecore with the
-- conventions of OrmXmlGenerator (table and column names in snake_case, references as <name>_id),
-- then maintained by hand: later changes are new scripts, never edits of this one.
-- Runs unchanged on H2 and PostgreSQL.

create sequence entitet_seq start with 1 increment by 50;

create table kundval (
    id bigint not null primary key,
    version bigint not null,
    kod varchar(255) not null,
    namn varchar(255),
    giltig_fran date,
    giltig_till date,
    unique (kod)
);

create table niva (
    id bigint not null primary key,
    version bigint not null,
    kundval_id bigint not null references kundval (id),
    nummer integer not null,
    namn varchar(255),
    unique (kundval_id, nummer)
);

create table insatstyp (
    id bigint not null primary key,
    version bigint not null,
    kod varchar(255) not null,
    namn varchar(255),
    kundval_id bigint not null references kundval (id),
    niva_id bigint references niva (id),
    langd_manader integer,
    malsattning varchar(40),
    giltig_fran date,
    giltig_till date,
    unique (kod)
);

create table pris (
    id bigint not null primary key,
    version bigint not null,
    insatstyp_id bigint not null references insatstyp (id),
    giltig_fran date not null,
    checkbelopp numeric(12,2) not null,
    bonus numeric(12,2),
    unique (insatstyp_id, giltig_fran)
);

create table anordnare (
    id bigint not null primary key,
    version bigint not null,
    orgnr varchar(255) not null,
    namn varchar(255),
    unique (orgnr)
);

create table coach (
    id bigint not null primary key,
    version bigint not null,
    anordnare_id bigint not null references anordnare (id),
    namn varchar(255),
    epost varchar(255),
    telefon varchar(255)
);

create table auktorisation (
    id bigint not null primary key,
    version bigint not null,
    anordnare_id bigint not null references anordnare (id),
    insatstyp_id bigint not null references insatstyp (id),
    fran date not null,
    till date
);

create table anvandare (
    id bigint not null primary key,
    version bigint not null,
    anvandarnamn varchar(255) not null,
    namn varchar(255),
    roll varchar(40),
    orgnr varchar(255),
    losenord_hash varchar(255),
    aktiv boolean not null,
    unique (anvandarnamn)
);

create table kund (
    id bigint not null primary key,
    version bigint not null,
    kund_id varchar(255) not null,
    personnummer varchar(255) not null,
    namn varchar(255),
    kon varchar(40),
    kommun varchar(255),
    sprak varchar(255),
    utbildningsniva varchar(40),
    ekonomiskt_bistand boolean not null,
    etableringsprogram boolean not null,
    etableringsersattning boolean not null,
    arbetsformaga integer,
    arbetsformaga_oklar boolean not null,
    tolkbehov boolean not null,
    ansvarig_karriarvagledare varchar(255),
    unique (kund_id)
);

create table insats (
    id bigint not null primary key,
    version bigint not null,
    insats_id varchar(255) not null,
    kund_id bigint not null references kund (id),
    insatstyp_id bigint not null references insatstyp (id),
    anordnare_id bigint not null references anordnare (id),
    startdatum date not null,
    langd_manader integer not null,
    slutdatum date,
    status varchar(40),
    unique (insats_id)
);

create table beslut (
    id bigint not null primary key,
    version bigint not null,
    insats_id bigint not null references insats (id),
    typ varchar(40),
    datum date not null,
    handlaggare varchar(255),
    motivering varchar(4000),
    langd_manader integer not null,
    tidpunkt timestamp
);

create table undantag (
    id bigint not null primary key,
    version bigint not null,
    beslut_id bigint not null references beslut (id),
    regel varchar(255) not null,
    skal varchar(4000),
    motivering varchar(4000) not null
);

create table avslut (
    id bigint not null primary key,
    version bigint not null,
    insats_id bigint not null references insats (id),
    avslutsdatum date not null,
    avslutsorsak varchar(40),
    sysselsattning varchar(40),
    varaktighet_manader integer,
    rapporterad_av varchar(255),
    rapporterad_datum date
);

create table avslutsbedomning (
    id bigint not null primary key,
    version bigint not null,
    avslut_id bigint not null references avslut (id),
    lyckat boolean not null,
    bonusgrundande boolean not null,
    motivering varchar(4000),
    bedomd_av varchar(255),
    tidpunkt timestamp,
    lopnummer integer not null
);

create table genomforandeplan (
    id bigint not null primary key,
    version bigint not null,
    insats_id bigint not null references insats (id),
    upprattad date
);

create table planmal (
    id bigint not null primary key,
    version bigint not null,
    plan_id bigint not null references genomforandeplan (id),
    beskrivning varchar(4000)
);

create table planaktivitet (
    id bigint not null primary key,
    version bigint not null,
    plan_id bigint not null references genomforandeplan (id),
    typ varchar(40),
    beskrivning varchar(4000),
    planerad_start date,
    planerad_slut date
);

create table planrevision (
    id bigint not null primary key,
    version bigint not null,
    plan_id bigint not null references genomforandeplan (id),
    datum date,
    beskrivning varchar(4000),
    reviderad_av varchar(255)
);

create table manadsrapport (
    id bigint not null primary key,
    version bigint not null,
    insats_id bigint not null references insats (id),
    period date not null,
    status varchar(40),
    inlamnad date,
    aktiviteter varchar(4000),
    narvarodagar integer not null,
    progression varchar(4000),
    franvarodagar integer not null,
    sjukdagar integer not null,
    sjukdagar_med_lakarintyg integer not null,
    avvikelser varchar(4000),
    granskad_av varchar(255),
    granskad_datum date,
    kommentar varchar(4000),
    unique (insats_id, period)
);

create table progressgenomgang (
    id bigint not null primary key,
    version bigint not null,
    insats_id bigint not null references insats (id),
    datum date,
    utfall varchar(40),
    kommentar varchar(4000),
    av varchar(255)
);

create table sexmanadersuppfoljning (
    id bigint not null primary key,
    version bigint not null,
    insats_id bigint not null references insats (id),
    inlamnad date,
    underlag varchar(40),
    beskrivning varchar(4000),
    status varchar(40),
    bedomd_av varchar(255),
    bedomd_datum date,
    motivering varchar(4000)
);

create table effektuppfoljning (
    id bigint not null primary key,
    version bigint not null,
    insats_id bigint not null references insats (id),
    manader integer not null,
    datum date,
    egen_forsorjning boolean,
    kommentar varchar(4000)
);

create table enkatsvar (
    id bigint not null primary key,
    version bigint not null,
    anordnare_id bigint not null references anordnare (id),
    ar integer not null,
    respondent varchar(255),
    fraga varchar(255),
    omrade varchar(40),
    svar integer not null
);

create table enkatutskick (
    id bigint not null primary key,
    version bigint not null,
    anordnare_id bigint not null references anordnare (id),
    ar integer not null,
    antal integer not null
);

create table tillsyn (
    id bigint not null primary key,
    version bigint not null,
    anordnare_id bigint not null references anordnare (id),
    ar integer not null
);

create table tillsynspunkt (
    id bigint not null primary key,
    version bigint not null,
    tillsyn_id bigint not null references tillsyn (id),
    krav varchar(4000),
    del varchar(40),
    uppfyllnadsgrad varchar(40),
    atgard varchar(4000),
    deadline date
);

create table granskningshandelse (
    id bigint not null primary key,
    version bigint not null,
    tidpunkt timestamp not null,
    anvandare varchar(255),
    handelse varchar(255),
    objekttyp varchar(255),
    objekt_id bigint,
    detaljer varchar(4000)
);

create index ix_niva_kundval_id on niva (kundval_id);
create index ix_insatstyp_kundval_id on insatstyp (kundval_id);
create index ix_insatstyp_niva_id on insatstyp (niva_id);
create index ix_pris_insatstyp_id on pris (insatstyp_id);
create index ix_coach_anordnare_id on coach (anordnare_id);
create index ix_auktorisation_anordnare_id on auktorisation (anordnare_id);
create index ix_auktorisation_insatstyp_id on auktorisation (insatstyp_id);
create index ix_insats_kund_id on insats (kund_id);
create index ix_insats_insatstyp_id on insats (insatstyp_id);
create index ix_insats_anordnare_id on insats (anordnare_id);
create index ix_beslut_insats_id on beslut (insats_id);
create index ix_undantag_beslut_id on undantag (beslut_id);
create index ix_avslut_insats_id on avslut (insats_id);
create index ix_avslutsbedomning_avslut_id on avslutsbedomning (avslut_id);
create index ix_genomforandeplan_insats_id on genomforandeplan (insats_id);
create index ix_planmal_plan_id on planmal (plan_id);
create index ix_planaktivitet_plan_id on planaktivitet (plan_id);
create index ix_planrevision_plan_id on planrevision (plan_id);
create index ix_manadsrapport_insats_id on manadsrapport (insats_id);
create index ix_progressgenomgang_insats_id on progressgenomgang (insats_id);
create index ix_sexmanadersuppfoljning_insats_id on sexmanadersuppfoljning (insats_id);
create index ix_effektuppfoljning_insats_id on effektuppfoljning (insats_id);
create index ix_enkatsvar_anordnare_id on enkatsvar (anordnare_id);
create index ix_enkatutskick_anordnare_id on enkatutskick (anordnare_id);
create index ix_tillsyn_anordnare_id on tillsyn (anordnare_id);
create index ix_tillsynspunkt_tillsyn_id on tillsynspunkt (tillsyn_id);
create index ix_insats_startdatum on insats (startdatum);
create index ix_avslut_avslutsdatum on avslut (avslutsdatum);
