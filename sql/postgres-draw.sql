-- Drawing inside PostgreSQL (ssj-draw/1): the keys, the per-stratum smallest keys and the pool-digest parts,
-- computed where the pool lives, returned as one JSON shard result that the library merges and verifies
-- (`mergeShards`, `verifyDraw`). See docs/in-database.md. Needs PostgreSQL 11 or later (sha256()).
--
-- Expects: a table or view `ssj_pool(id text, stratum text not null default '')` holding NFC ids,
--          a table `ssj_excluded(id text)` (may be empty),
--          the settings ssj.seed (64 hex characters) and ssj.keep (how many smallest keys to keep per stratum).

-- FNV-1a (32 bits) of a byte string. An id closes a pool-digest chunk when the top 10 bits of
-- fmix32(fnv1a32(id)) are zero (docs/draw-spec.md §3).
create or replace function ssj_fnv1a32(b bytea) returns bigint
language plpgsql immutable strict parallel safe as $$
declare
  h bigint := 2166136261;
begin
  for i in 0 .. length(b) - 1 loop
    h := ((h # get_byte(b, i)) * 16777619) % 4294967296;
  end loop;
  return h;
end $$;

-- (a × b) mod 2^32 for 32-bit a and a constant b split into 16-bit halves, so no step overflows bigint.
create or replace function ssj_mul32(a bigint, b_hi bigint, b_lo bigint) returns bigint
language sql immutable strict parallel safe as $$
  select (a * b_lo + ((a * b_hi) % 65536) * 65536) % 4294967296
$$;

-- MurmurHash3's 32-bit finaliser, which spreads FNV's bits before the top 10 are read.
create or replace function ssj_fmix32(h bigint) returns bigint
language plpgsql immutable strict parallel safe as $$
begin
  h := h # (h >> 16);
  h := ssj_mul32(h, 34283, 51819);  -- × 0x85ebca6b
  h := h # (h >> 13);
  h := ssj_mul32(h, 49842, 44597);  -- × 0xc2b2ae35
  return h # (h >> 16);
end $$;

-- lp(b) = uint32be(length) ‖ b
create or replace function ssj_lp(b bytea) returns bytea
language sql immutable strict parallel safe as $$ select int4send(length(b)) || b $$;

-- The 64-byte prefix block of a stratum: SHA-256("shuangsuiji/stratum/v1" ‖ lp(stratum)) ‖ seed.
create or replace function ssj_prefix(stratum text, seed text) returns bytea
language sql immutable strict parallel safe as $$
  select sha256(convert_to('shuangsuiji/stratum/v1', 'UTF8') || ssj_lp(convert_to(stratum, 'UTF8')))
         || decode(seed, 'hex')
$$;

-- The shard result of the whole table, as JSON in the shape of the library's ShardResult.
create or replace function ssj_shard(seed text, keep int) returns json
language sql stable parallel safe as $$
with entries as (
  select p.id,
         p.stratum,
         convert_to(p.id, 'UTF8') as idb,
         ssj_lp(convert_to(p.id, 'UTF8')) || ssj_lp(convert_to(p.stratum, 'UTF8')) as bytes,
         (ssj_fmix32(ssj_fnv1a32(convert_to(p.id, 'UTF8'))) >> 22) = 0 as boundary,
         x.id is not null as excluded
  from ssj_pool p left join ssj_excluded x on x.id = p.id
),
ordered as (
  select e.*,
         coalesce(sum(boundary::int) over (order by idb rows between unbounded preceding and 1 preceding), 0) as chunk
  from entries e
),
bounds as (select count(*) filter (where boundary) as boundaries from entries),
chunks as (
  select chunk, string_agg(bytes, ''::bytea order by idb) as bytes from ordered group by chunk
),
keyed as (
  select stratum, id, sha256(ssj_prefix(stratum, seed) || idb) as key
  from entries where not excluded
),
ranked as (
  select stratum, id, key, row_number() over (partition by stratum order by key) as r from keyed
),
strata as (
  select s.stratum,
         json_build_object(
           'pool', (select count(*) from entries e where e.stratum = s.stratum),
           'excluded', (select count(*) from entries e where e.stratum = s.stratum and e.excluded),
           'kept', coalesce((select json_agg(json_build_object('id', id, 'key', encode(key, 'hex')) order by key)
                             from ranked r where r.stratum = s.stratum and r.r <= keep), '[]'::json)
         ) as body
  from (select distinct stratum from entries) s
)
select json_build_object(
  'count', (select count(*) from entries),
  'first', (select id from entries order by idb limit 1),
  'last', (select id from entries order by idb desc limit 1),
  'head', case when b.boundaries = 0 then null
               else (select encode(bytes, 'hex') from chunks where chunk = 0) end,
  'chunks', coalesce((select json_agg(encode(sha256(bytes), 'hex') order by chunk) from chunks
                      where chunk between 1 and b.boundaries - 1), '[]'::json),
  'tail', coalesce((select encode(bytes, 'hex') from chunks where chunk = b.boundaries), ''),
  'strata', coalesce((select json_object_agg(stratum, body) from strata), '{}'::json)
)
from bounds b
$$;
