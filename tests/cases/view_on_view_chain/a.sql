CREATE TABLE employees (
    id integer PRIMARY KEY,
    name text NOT NULL,
    dept text NOT NULL,
    salary numeric(10,2) NOT NULL
);

CREATE VIEW active_employees AS
    SELECT id, name, dept, salary FROM employees;

CREATE VIEW dept_payroll AS
    SELECT dept, sum(salary) AS total FROM active_employees GROUP BY dept;
