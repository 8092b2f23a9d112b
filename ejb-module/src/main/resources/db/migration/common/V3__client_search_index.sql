-- Partial, accent- and case-insensitive search over the normalised search text, served by a trigram index.
create extension if not exists pg_trgm;
create index client_search_trgm_ix on client using gin (search_text gin_trgm_ops);
