CREATE TABLE public.accounts (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE SCHEMA billing;
CREATE SEQUENCE billing.invoice_no_seq START 1000;
CREATE TABLE billing.invoices (
    id integer PRIMARY KEY,
    account_id integer NOT NULL REFERENCES public.accounts (id),
    invoice_no bigint NOT NULL DEFAULT nextval('billing.invoice_no_seq'),
    amount numeric(12,2) NOT NULL
);
