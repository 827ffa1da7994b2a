// The libpq adapter without a server: what a human may see of a target.
#include <doctest/doctest.h>

#include <pgdiff/libpq.hpp>

#include <string>

using pgdiff::pq::redact_target;

TEST_CASE("redact_target: URL user:password@ becomes user@") {
    CHECK(redact_target("postgresql://alice:s3cr3t-pw@db.example.com:5432/app") ==
          "postgresql://alice@db.example.com:5432/app");
    CHECK(redact_target("postgres://alice:s3cr3t-pw@h/app?sslmode=require") == "postgres://alice@h/app?sslmode=require");
    CHECK(redact_target("postgresql://alice@h/app") == "postgresql://alice@h/app");
    CHECK(redact_target("postgresql://h/app") == "postgresql://h/app");
    CHECK(redact_target("postgresql:///app") == "postgresql:///app");
    CHECK(redact_target("postgresql://") == "postgresql://");
}

TEST_CASE("redact_target: URL password in the query string is dropped") {
    CHECK(redact_target("postgresql://h/app?password=s3cr3t-pw") == "postgresql://h/app");
    CHECK(redact_target("postgresql://h/app?sslmode=disable&password=s3cr3t-pw&application_name=x") ==
          "postgresql://h/app?sslmode=disable&application_name=x");
}

TEST_CASE("redact_target: odd passwords in URLs") {
    // percent-encoded
    CHECK(redact_target("postgresql://bob:p%40ss%2Fword@h:5432/db") == "postgresql://bob@h:5432/db");
    // raw '@' and '/' (libpq itself would misread these; never show them)
    std::string r = redact_target("postgresql://bob:pa@ss/wo@rd@h:5432/db");
    CHECK(r.find("pa@ss") == std::string::npos);
    CHECK(r.find("wo@rd") == std::string::npos);
    // multiple hosts
    CHECK(redact_target("postgresql://bob:s3cr3t-pw@h1:5432,h2:5433/db") == "postgresql://bob@h1:5432,h2:5433/db");
}

TEST_CASE("redact_target: conninfo password=... is dropped, the rest kept") {
    CHECK(redact_target("host=h password=s3cr3t-pw dbname=app") == "host=h dbname=app");
    CHECK(redact_target("password=s3cr3t-pw host=h") == "host=h");
    CHECK(redact_target("host=h password = 's3 cr\\'et' dbname=app") == "host=h dbname=app");
    CHECK(redact_target("host=h dbname=app") == "host=h dbname=app");
}

TEST_CASE("redact_target: other text is returned as is") {
    CHECK(redact_target("snapshots/prod.json") == "snapshots/prod.json");
    CHECK(redact_target("EMPTY") == "EMPTY");
}

TEST_CASE("is_url / is_conninfo") {
    CHECK(pgdiff::pq::is_url("postgresql://h/db"));
    CHECK(pgdiff::pq::is_url("POSTGRES://h/db"));
    CHECK_FALSE(pgdiff::pq::is_url("mysql://h/db"));
    CHECK(pgdiff::pq::is_conninfo("host=h dbname=x"));
    CHECK_FALSE(pgdiff::pq::is_conninfo("postgresql://h/db?sslmode=disable"));
    CHECK_FALSE(pgdiff::pq::is_conninfo("schema.json"));
}

TEST_CASE("inspect: errors are one line, name the target, hide the password") {
    pgdiff::pq::ConnectOptions opt;
    opt.connect_timeout_s = 2;
    SUBCASE("malformed URL") {
        auto r = pgdiff::pq::inspect("postgresql://u:s3cr3t-pw@[::1/db", opt);
        CHECK_FALSE(r.ok());
        CHECK(r.json.empty());
        CHECK(r.error.rfind("postgresql://u@[::1/db: ", 0) == 0);
        CHECK(r.error.find("s3cr3t-pw") == std::string::npos);
        CHECK(r.error.find('\n') == std::string::npos);
    }
    SUBCASE("unknown conninfo keyword") {
        auto r = pgdiff::pq::inspect("host=127.0.0.1 password=s3cr3t-pw nonsense=1", opt);
        CHECK_FALSE(r.ok());
        CHECK(r.error.rfind("host=127.0.0.1 nonsense=1: ", 0) == 0);
        CHECK(r.error.find("s3cr3t-pw") == std::string::npos);
    }
    SUBCASE("refused connection (port 1 on localhost)") {
        auto r = pgdiff::pq::inspect("postgresql://u:s3cr3t-pw@127.0.0.1:1/db", opt);
        CHECK_FALSE(r.ok());
        CHECK(r.error.rfind("postgresql://u@127.0.0.1:1/db: ", 0) == 0);
        CHECK(r.error.find("s3cr3t-pw") == std::string::npos);
        CHECK(r.error.find('\n') == std::string::npos);
        CHECK(r.error.find('\t') == std::string::npos);
    }
    SUBCASE("inspect_both reports each side") {
        auto both = pgdiff::pq::inspect_both("postgresql://u:s3cr3t-pw@127.0.0.1:1/a",
                                             "postgresql://v:s3cr3t-pw@127.0.0.1:1/b", opt);
        CHECK(both.first.error.rfind("postgresql://u@127.0.0.1:1/a: ", 0) == 0);
        CHECK(both.second.error.rfind("postgresql://v@127.0.0.1:1/b: ", 0) == 0);
    }
}
