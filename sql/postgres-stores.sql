-- Tables behind shuangsuiji's AuditStore and TaskStore ports (审计留痕与任务存储), for PostgreSQL 12 or later.
-- examples/postgres-stores.ts is the adapter that uses them. Running this file again changes nothing.

-- The audit trail: one row per event, exactly as chainAuditEvent returned it. Append-only: a trigger refuses
-- UPDATE, DELETE and TRUNCATE, so an edit has to get past the database's own rules to happen at all.
create table if not exists ssj_audit_event (
  seq       bigint primary key check (seq > 0),
  at        text not null,                 -- the instant as text: a timestamp column would re-format it
  actor     text not null,
  type      text not null,
  subject   text not null,
  payload   text not null,                 -- the payload's JSON text (jsonb cannot hold every JSON string)
  prev_hash text not null check (prev_hash ~ '^[0-9a-f]{64}$'),
  hash      text not null unique check (hash ~ '^[0-9a-f]{64}$')
);

-- The chain head (最新摘要): the seq and hash of the last event, in one row. Appenders lock it, so appends are
-- serialised, and each append checks that the last stored event is still the head it recorded.
create table if not exists ssj_audit_head (
  only_row boolean primary key default true check (only_row),
  seq      bigint not null check (seq >= 0),
  hash     text not null check (hash ~ '^[0-9a-f]{64}$')
);
insert into ssj_audit_head (only_row, seq, hash) values (true, 0, repeat('0', 64)) on conflict do nothing;

create or replace function ssj_audit_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'ssj_audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
drop trigger if exists ssj_audit_event_no_change on ssj_audit_event;
create trigger ssj_audit_event_no_change before update or delete on ssj_audit_event
  for each row execute function ssj_audit_refuse_change();
drop trigger if exists ssj_audit_event_no_truncate on ssj_audit_event;
create trigger ssj_audit_event_no_truncate before truncate on ssj_audit_event
  for each statement execute function ssj_audit_refuse_change();

-- Tasks, whole, with the revision that the optimistic lock compares.
create table if not exists ssj_task (
  id       text primary key,
  revision integer not null check (revision > 0),
  task     jsonb not null
);
