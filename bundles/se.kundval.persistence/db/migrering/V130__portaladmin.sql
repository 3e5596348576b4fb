-- The portal-admin right of an anordnare user (DOMAIN §14, decision 0377): who may add, lock and reset the
-- portal accounts of its own organisation. An attribute of the user in the model, so that its changes are audited.
alter table anvandare add column portaladmin boolean default false not null;
