// Diff-only time: load two catalog documents (snapshot files, already read
// into memory), diff, plan and render the SQL, all in-process; repeated
// --runs times (default 3), the median is printed with the phase split.
// Each phase is timed twice: wall clock (*_ms) and the CPU time of the
// process (*_cpu_ms), which stays meaningful on a machine loaded by other
// jobs. plan_render_* is "diff + plan + render" of two loaded catalogs.
//
//   diff_only [--runs N] A.json B.json
//     prints "diff_ms=... load_ms=... plan_ms=... render_ms=... plan_render_ms=...
//             load_cpu_ms=... plan_render_cpu_ms=... statements=... sql_bytes=..."
#include <pgdiff/pgdiff.hpp>

#if defined(PGDIFF_WITH_MIMALLOC)
#include <mimalloc.h>
#endif

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string read_file(const char* path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) { std::cerr << "diff_only: cannot read " << path << "\n"; std::exit(1); }
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

double cpu_now_ms() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
#if defined(PGDIFF_WITH_MIMALLOC)
    mi_option_enable(mi_option_large_os_pages);  // as cli/main.cpp does
#endif
    int runs = 3;
    std::vector<const char*> files;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
        else files.push_back(argv[i]);
    }
    if (files.size() != 2) {
        std::cerr << "usage: diff_only [--runs N] A.json B.json\n";
        return 1;
    }
    const std::string ta = read_file(files[0]), tb = read_file(files[1]);
    using clock = std::chrono::steady_clock;
    auto ms = [](clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); };
    std::vector<double> total, load, plan_t, render, plan_render, load_cpu, plan_render_cpu;
    size_t statements = 0, bytes = 0;
    for (int r = 0; r < runs; ++r) {
        double c0 = cpu_now_ms();
        auto t0 = clock::now();
        auto a = pgdiff::load_catalog(ta);
        auto b = pgdiff::load_catalog(tb);
        if (!a.catalog || !b.catalog) {
            std::cerr << "diff_only: " << (a.catalog ? b.error : a.error) << "\n";
            return 1;
        }
        auto t1 = clock::now();
        double c1 = cpu_now_ms();
        pgdiff::Options opt;
        opt.with_privileges = true;
        pgdiff::Plan plan = pgdiff::make_plan(*a.catalog, *b.catalog, opt);
        auto t2 = clock::now();
        std::string sql = pgdiff::render_sql(plan);
        auto t3 = clock::now();
        double c3 = cpu_now_ms();
        statements = plan.statements.size();
        bytes = sql.size();
        total.push_back(ms(t3 - t0));
        load.push_back(ms(t1 - t0));
        plan_t.push_back(ms(t2 - t1));
        render.push_back(ms(t3 - t2));
        plan_render.push_back(ms(t3 - t1));
        load_cpu.push_back(c1 - c0);
        plan_render_cpu.push_back(c3 - c1);
    }
    std::printf("diff_ms=%.1f load_ms=%.1f plan_ms=%.1f render_ms=%.1f plan_render_ms=%.1f load_cpu_ms=%.1f "
                "plan_render_cpu_ms=%.1f statements=%zu sql_bytes=%zu\n",
                median(total), median(load), median(plan_t), median(render), median(plan_render), median(load_cpu),
                median(plan_render_cpu), statements, bytes);
    return 0;
}
