-- The inclusion SMS reads the date of an application's registry row
-- (RegistryService.includedOn): a lookup, not a scan of the registry.
create index registry_entry_application_idx on registry_entry (application_id);
