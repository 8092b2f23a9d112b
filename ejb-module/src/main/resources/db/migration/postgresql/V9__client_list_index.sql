-- The client list at scale (BENCHMARKS.md): a company's clients by name, trash left out, straight from the
-- index, so the first page reads 20 index entries instead of sorting every client; capped totals of the
-- unfiltered list read it too.
create index client_list_ix on client (company_id, name, id) where deleted_at is null;
