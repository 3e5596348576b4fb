-- Samhällsorientering, version 1: a course participation as the typdata of an insats
-- (model/samhallsorientering.ecore, EClass Kursdeltagande). Column names as the persistence
-- bundle's OrmXmlGenerator derives them; runs on H2 and PostgreSQL.

create table kursdeltagande (
    id bigint not null primary key,
    version bigint not null,
    insats_id bigint not null references insats (id),
    anmalningsdatum date,
    kursstart date,
    kursslut date,
    avbrott boolean,
    expert varchar(255),
    unique (insats_id)
);
