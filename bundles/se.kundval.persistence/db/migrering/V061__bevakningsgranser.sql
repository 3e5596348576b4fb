-- The caseload's deadline limits, one set for every desk (decision 0253): name, days, who changed it last.
create table bevakningsgrans (
    namn varchar(64) not null primary key,
    dagar integer not null,
    andrad_av varchar(255),
    andrad timestamp
);
