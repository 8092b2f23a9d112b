-- Search ranks (ClientSearchWords.ranks): the clients whose name starts with the first word typed come first,
-- ordered by name key. This index reads them in that order from where they start, so a rank of 15,000 "Maria …"
-- among a million clients gives its first 20 without fetching and sorting all of them.
create index if not exists client_name_key_order_ix on client (company_id, name_key, id);
-- Names cluster on a few first names ("mari…" is 1 % of the clients); with the default 100-value sample the
-- planner took such a prefix for ten times rarer and fetched and sorted all of them instead of reading 20 in order.
alter table client alter column name_key set statistics 1000;
analyze client;
