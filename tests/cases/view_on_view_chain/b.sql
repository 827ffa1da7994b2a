-- The base view changes; the views stacked on it must be handled around it.
CREATE TABLE employees (
    id integer PRIMARY KEY,
    name text NOT NULL,
    dept text NOT NULL,
    salary numeric(10,2) NOT NULL
);

CREATE VIEW active_employees AS
    SELECT id, name, dept, salary FROM employees WHERE salary > 0;

CREATE VIEW dept_payroll AS
    SELECT dept, sum(salary) AS total, count(*) AS headcount
    FROM active_employees GROUP BY dept;

CREATE VIEW top_depts AS
    SELECT dept, total FROM dept_payroll ORDER BY total DESC LIMIT 3;
