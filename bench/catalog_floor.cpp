// The floor of issue 6: run pgdiff's own catalog query (through the same
// libpq adapter the CLI uses: connect, read-only transaction, query, rollback)
// on database A, then on database B, one after the other, in one process, and
// discard the result. Nothing is parsed.
//
//   catalog_floor URL_A URL_B     prints "floor_ms=... a_ms=... b_ms=... a_bytes=... b_bytes=..."
//   catalog_floor --print-query   prints catalog_query() (for EXPLAIN ANALYZE)
#include <pgdiff/libpq.hpp>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>

int main(int argc, char** argv) {
    if (argc == 2 && std::strcmp(argv[1], "--print-query") == 0) {
        std::cout << pgdiff::catalog_query() << "\n";
        return 0;
    }
    if (argc == 2 && std::strcmp(argv[1], "--print-begin") == 0) {
        std::cout << pgdiff::inspect_begin_sql() << "\n";
        return 0;
    }
    if (argc != 3) {
        std::cerr << "usage: catalog_floor URL_A URL_B | --print-query | --print-begin\n";
        return 1;
    }
    using clock = std::chrono::steady_clock;
    auto ms = [](clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); };
    pgdiff::pq::ConnectOptions opt;
    opt.statement_timeout_s = 0;
    auto t0 = clock::now();
    auto a = pgdiff::pq::inspect(argv[1], opt);
    auto t1 = clock::now();
    if (!a.ok()) { std::cerr << "catalog_floor: " << a.error << "\n"; return 1; }
    size_t a_bytes = a.json.size();
    a.json.clear();
    a.json.shrink_to_fit();
    auto t2 = clock::now();
    auto b = pgdiff::pq::inspect(argv[2], opt);
    auto t3 = clock::now();
    if (!b.ok()) { std::cerr << "catalog_floor: " << b.error << "\n"; return 1; }
    std::printf("floor_ms=%.1f a_ms=%.1f b_ms=%.1f a_bytes=%zu b_bytes=%zu\n", ms(t3 - t0), ms(t1 - t0),
                ms(t3 - t2), a_bytes, b.json.size());
    return 0;
}
