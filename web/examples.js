// Teaching examples for the playground: each is a pair of schemas, From and
// To, and a short text saying what pgdiff should do and why.
export const examples = [
  {
    id: 'add-column',
    title: 'Add a column',
    text: 'The simplest change: To has a column that From lacks. pgdiff adds it in place with ALTER TABLE ... ADD COLUMN; no data is touched. A NOT NULL column with a default is fine on a table that already has rows.',
    from: `create table customers (
    id bigint generated always as identity primary key,
    email text not null
);
`,
    to: `create table customers (
    id bigint generated always as identity primary key,
    email text not null,
    created_at timestamptz not null default now()
);
`,
  },
  {
    id: 'retype-under-view',
    title: 'Change a column type under a view',
    text: 'PostgreSQL refuses to change the type of a column that a view uses. pgdiff knows the dependency (from pg_depend): it drops the view, alters the column, then creates the view again, in that order. A type change can lose data (the cast may round or fail), so the ALTER is marked unsafe: tick "allow unsafe" to apply it.',
    from: `create table products (
    id integer primary key,
    name text not null,
    price integer not null
);

create view product_prices as
    select id, name, price from products;
`,
    to: `create table products (
    id integer primary key,
    name text not null,
    price numeric(10,2) not null
);

create view product_prices as
    select id, name, price from products;
`,
  },
  {
    id: 'enum-value',
    title: 'Add an enum value',
    text: 'A new label in an enum is ALTER TYPE ... ADD VALUE, placed where To has it (BEFORE/AFTER). Removing a label has no ALTER: that would be a replacement of the type.',
    from: `create type order_status as enum ('new', 'paid', 'shipped');

create table orders (
    id integer primary key,
    status order_status not null default 'new'
);
`,
    to: `create type order_status as enum ('new', 'paid', 'shipped', 'delivered');

create table orders (
    id integer primary key,
    status order_status not null default 'new'
);
`,
  },
  {
    id: 'foreign-key',
    title: 'Add a foreign key',
    text: 'A new column and a foreign key constraint on it. The constraint is created after the column and after the primary key it references.',
    from: `create table authors (
    id integer primary key,
    name text not null
);

create table books (
    id integer primary key,
    title text not null
);
`,
    to: `create table authors (
    id integer primary key,
    name text not null
);

create table books (
    id integer primary key,
    title text not null,
    author_id integer references authors (id) on delete cascade
);

create index books_author_id_idx on books (author_id);
`,
  },
  {
    id: 'rls-policy',
    title: 'Enable row-level security with a policy',
    text: 'Row-level security is a table attribute (ENABLE ROW LEVEL SECURITY) plus policies, which are objects of their own. Both are created after the table exists.',
    from: `create table notes (
    id integer primary key,
    owner name not null default current_user,
    body text
);
`,
    to: `create table notes (
    id integer primary key,
    owner name not null default current_user,
    body text
);

alter table notes enable row level security;

create policy notes_owner on notes
    using (owner = current_user)
    with check (owner = current_user);
`,
  },
  {
    id: 'function-default',
    title: 'A function used in a default',
    text: 'The new default calls a function that does not exist in From. The function must be created before the ALTER COLUMN ... SET DEFAULT that uses it: pgdiff orders statements by dependency.',
    from: `create table invoices (
    id integer primary key,
    number text not null
);
`,
    to: `create sequence invoice_numbers;

create function next_invoice_number() returns text
    language sql
    as $$ select 'INV-' || lpad(nextval('invoice_numbers')::text, 6, '0') $$;

create table invoices (
    id integer primary key,
    number text not null default next_invoice_number()
);
`,
  },
  {
    id: 'rename',
    title: 'A rename shows as drop + add',
    text: 'A schema diff sees only the end states: a renamed column looks like one column dropped and another added. Dropping a column loses its data, so the plan is unsafe: the command line refuses it (exit 3) unless you pass --unsafe. Write such a rename by hand (ALTER TABLE ... RENAME COLUMN).',
    from: `create table people (
    id integer primary key,
    fullname text not null
);
`,
    to: `create table people (
    id integer primary key,
    display_name text not null
);
`,
  },
  {
    id: 'partitioning',
    title: 'Partitioning: add a partition',
    text: 'A range-partitioned table gains a partition for a new year. pgdiff creates the new partition with PARTITION OF ... FOR VALUES, leaving the parent and the existing partitions alone.',
    from: `create table measurements (
    sensor_id integer not null,
    taken_at date not null,
    value double precision
) partition by range (taken_at);

create table measurements_2024 partition of measurements
    for values from ('2024-01-01') to ('2025-01-01');
`,
    to: `create table measurements (
    sensor_id integer not null,
    taken_at date not null,
    value double precision
) partition by range (taken_at);

create table measurements_2024 partition of measurements
    for values from ('2024-01-01') to ('2025-01-01');

create table measurements_2025 partition of measurements
    for values from ('2025-01-01') to ('2026-01-01');
`,
  },
  {
    id: 'check-not-null',
    title: 'Tighten a column: NOT NULL and a CHECK',
    text: 'Making a column NOT NULL and adding a CHECK constraint are changes in place. They are safe for the schema, but they fail on existing rows that break the rule: run them on a copy first.',
    from: `create table accounts (
    id integer primary key,
    balance numeric
);
`,
    to: `create table accounts (
    id integer primary key,
    balance numeric not null check (balance >= 0)
);
`,
  },
  {
    id: 'schemas',
    title: 'A new schema, and a table moving in',
    text: 'Objects live in schemas; a table in another schema is another table. Here To puts an audit log in its own schema. Try the schema filter options: --schema audit shows only that part.',
    from: `create table events (
    id bigint primary key,
    payload jsonb
);
`,
    to: `create schema audit;

create table events (
    id bigint primary key,
    payload jsonb
);

create table audit.log (
    id bigint generated by default as identity primary key,
    happened_at timestamptz not null default now(),
    what text not null
);
`,
  },
];
