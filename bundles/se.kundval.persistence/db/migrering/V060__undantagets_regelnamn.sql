-- The name of an overridden rule as it read on the day of the beslut ("Behov av sfi", not the code SFI),
-- for the beslutsbrev and the audit log. Beslut taken before this version keep only the code.
alter table undantag add column namn varchar(255);
