-- The client list at scale (BENCHMARKS.md): a company's clients by name, trash left out, straight from the
-- index, so the first page reads 20 index entries instead of sorting every client; counting the unfiltered
-- list reads it too.
create index client_list_ix on client (company_id, name, id) where deleted_at is null;
-- A name fragment matches thousands of clients, a CPF fragment a handful: with the default 100-value sample the
-- planner took "%azeved%" (2.5 % of a million clients) for rare, fetched all 25,000 through the trigram index
-- and sorted them (100 ms) instead of walking the name index (1 ms). A finer sample tells them apart.
alter table client alter column search_text set statistics 1000;
analyze client;
