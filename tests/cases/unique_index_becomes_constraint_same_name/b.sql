CREATE TABLE u (id integer PRIMARY KEY, email text CONSTRAINT u_email_key UNIQUE);
CREATE TABLE c (id integer PRIMARY KEY, email text REFERENCES u(email));
