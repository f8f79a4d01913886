// make_registry.cpp: writes a synthetic registry of enterprises as CSV, of any size, marked as
// synthetic in its first line. Usage: make_registry ROWS FILE
// The same ROWS always give the same file: the generator is seeded and uses no distribution
// whose output the standard leaves to the library.
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <string_view>

namespace {

constexpr std::array<std::string_view, 9> regions = {"Chaoyang", "Nanguan", "Kuancheng",
                                                      "Erdao",    "Lvyuan",  "Shuangyang",
                                                      "Jiutai",   "Dehui",   "Yushu"};
constexpr std::array<std::string_view, 6> sectors = {"automotive", "food",      "pharmaceutical",
                                                      "equipment",  "materials", "energy"};

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: make_registry ROWS FILE\n");
        return 2;
    }
    char* end = nullptr;
    const unsigned long long rows = std::strtoull(argv[1], &end, 10);
    if (end == argv[1] || *end != '\0') {
        std::fprintf(stderr, "make_registry: ROWS must be a whole number, not \"%s\"\n", argv[1]);
        return 2;
    }
    std::FILE* out = std::fopen(argv[2], "w");
    if (out == nullptr) {
        std::fprintf(stderr, "make_registry: cannot write %s\n", argv[2]);
        return 1;
    }
    std::fprintf(out, "# SYNTHETIC registry of %llu made-up enterprises from make_registry; not "
                      "real figures\n",
                 rows);
    std::fprintf(out, "region,sector,size_class,resumed,staff,value_now,value_baseline\n");
    std::mt19937_64 random(20220505);
    for (unsigned long long i = 0; i < rows; ++i) {
        const std::uint64_t pick = random();
        const bool large = pick % 6 == 0;
        const unsigned staff = static_cast<unsigned>((pick >> 24) % (large ? 2'000 : 200));
        const unsigned long long baseline = (pick >> 32) % (large ? 500'000'000 : 20'000'000) + 1;
        const unsigned long long now = baseline * (60 + (pick >> 12) % 61) / 100;  // 60-120%
        const std::string_view region = regions[(pick >> 4) % regions.size()];
        const std::string_view sector = sectors[(pick >> 8) % sectors.size()];
        std::fprintf(out, "%.*s,%.*s,%s,%d,%u,%llu,%llu\n", static_cast<int>(region.size()),
                     region.data(), static_cast<int>(sector.size()), sector.data(),
                     large ? "above" : "below", (pick >> 16) % 100 < 84 ? 1 : 0, staff, now,
                     baseline);
    }
    return std::fclose(out) == 0 ? 0 : 1;
}
