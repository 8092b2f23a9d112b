-- The embedded demo database has no trigram indexes; a plain index keeps the version sequence the same.
create index client_search_ix on client (search_text);
