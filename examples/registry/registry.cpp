// registry.cpp: reads a CSV registry of enterprises (region, sector, size class, resumed, staff,
// output value now and at the baseline) and prints pooled rates by group.
// Usage: registry [--group region|sector|size] [--skip-bad-rows] [--read-only] FILE
//   A bad row stops the run with its line, column and the text found; with --skip-bad-rows it is
//   skipped and counted in the summary, never silently. --read-only only reads the rows, to
//   measure what reading the file costs apart from aggregating it.
// Reading is done by the Fast C++ CSV Parser (Debian's libfccp-dev), a dependency of this tool
// only, not of the library.
#include <restoration/restoration.hpp>

#include <libfccp/csv.h>

#include "value_text.hpp"

#include <cstdint>
#include <cstdio>
#include <exception>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

using namespace restoration;

namespace {

// A bad field: the line, the column and the text found.
struct bad_row : std::runtime_error {
    bad_row(const std::string& file, unsigned line, std::string_view column, std::string_view text,
            std::string_view why)
        : std::runtime_error(file + ":" + std::to_string(line) + ": column \"" +
                             std::string(column) + "\": \"" + std::string(text) + "\" " +
                             std::string(why)) {}
};

// Out of line and cold, so that the checks of a row stay small enough to be inlined in the loop.
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] void refuse(const std::string& file, unsigned line,
                                                          std::string_view column,
                                                          std::string_view text,
                                                          std::string_view why) {
    throw bad_row(file, line, column, text, why);
}

// Fields may be quoted, as spreadsheets and R's write.csv quote text: "North" is North, and
// "Jilin, Changchun" one label.
using reader = io::CSVReader<7, io::trim_chars<' '>, io::double_quote_escape<',', '"'>,
                             io::throw_on_overflow, io::single_line_comment<'#'>>;

struct options {
    std::string group = "region";
    bool skip_bad_rows = false;
    bool read_only = false;
    std::string file;
};

options parse(int argc, char** argv) {
    options o;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--skip-bad-rows") {
            o.skip_bad_rows = true;
        } else if (arg == "--read-only") {
            o.read_only = true;
        } else if (arg == "--group" && i + 1 < argc) {
            o.group = argv[++i];
        } else if (!arg.starts_with("--") && o.file.empty()) {
            o.file = std::string(arg);
        } else {
            throw std::invalid_argument("unexpected argument \"" + std::string(arg) + "\"");
        }
    }
    if (o.file.empty() || (o.group != "region" && o.group != "sector" && o.group != "size")) {
        throw std::invalid_argument(
            "usage: registry [--group region|sector|size] [--skip-bad-rows] [--read-only] FILE");
    }
    return o;
}

// An output value column, read from its text here so that a bad one is reported as found.
// Finite and not negative is written so that a NaN fails: every comparison with it is false.
// Always inlined: called twice a row, it costs less than its call.
[[gnu::always_inline]] inline double value_of(const std::string& file, unsigned line,
                                              std::string_view column, const char* text) {
    double value = 0;
    if (!registry::read_value(text, value)) {
        refuse(file, line, column, text, "is not a number");
    }
    if (!(value >= 0 && value <= std::numeric_limits<double>::max())) {
        refuse(file, line, column, text, "is negative or not finite");
    }
    return value;
}

// The staff column: digits only. Read here, not by the parser, which takes an empty field and a
// bare "-" for 0 persons.
[[gnu::always_inline]] inline std::int64_t staff_of(const std::string& file, unsigned line,
                                                    const char* text) {
    if (text[0] == '-' && text[1] >= '0' && text[1] <= '9') {
        refuse(file, line, "staff", text, "is negative");
    }
    std::int64_t staff = 0;
    const char* at = text;
    do {  // at least one digit: an empty field stops here
        const unsigned digit = static_cast<unsigned char>(*at) - unsigned{'0'};
        if (digit > 9 || __builtin_mul_overflow(staff, 10, &staff) ||
            __builtin_add_overflow(staff, digit, &staff)) {
            refuse(file, line, "staff", text,
                   "is not a count of persons (digits only, at most 9,223,372,036,854,775,807)");
        }
        ++at;
    } while (*at != '\0');
    return staff;
}

// Whether a column's text, whose first letter is word's, is `word` (a size class: five letters),
// without measuring the text first: a comparison a letter, the terminating '\0' included, each
// made only if the ones before it held, so that no letter past the text's end is read.
template <std::size_t... At>
[[gnu::always_inline]] inline bool is_rest_letters(const char* text, const char* word,
                                                   std::index_sequence<At...>) {
    return ((text[At + 1] == word[At + 1]) && ...);
}

[[gnu::always_inline]] inline bool is_rest(const char* text, const char* word) {
    return is_rest_letters(text, word, std::make_index_sequence<5>{});
}

// The words a size class is and what each means, by its first letter less 'a': looked up, not
// chosen by a branch (g++ makes a branch of a choice between two values).
constexpr char size_words[2][6] = {"above", "below"};
constexpr size_class size_classes[2] = {size_class::above_designated_size,
                                        size_class::below_designated_size};

// The three ways of grouping, each a key of its own type: a row is added to the aggregation of
// the group asked for, chosen by a switch in the loop, where each key is inlined and a label the
// key does not use is never measured (a key chosen through a pointer needed both lengths, and a
// call a row). A template over the key for the whole loop would be simpler, but the reader's
// read_row, then called from three loops, is no longer inlined by g++, and reading alone
// (--read-only), the yardstick, would change.
enum class grouping { region, sector, size };

constexpr auto by_region = [](const enterprise_record& r) { return r.region; };
constexpr auto by_sector = [](const enterprise_record& r) { return r.sector; };
constexpr auto by_size = [](const enterprise_record& r) { return to_string(r.size); };

// The groups' lines and the total, from the aggregation of the group asked for.
template <class Sums>
void print_groups(const options& o, const Sums& sums, std::int64_t rows, std::int64_t skipped,
                  const std::string& first_skipped) {
    std::printf("%-24s %12s %12s %9s %14s %11s\n", o.group.c_str(), "in scope", "resumed",
                "rate", "staff back", "production");
    cohort<industrial> all{0, 0};
    production_by_value production;  // the groups' exact sums, summed exactly
    for (const auto& [label, totals] : sums.groups()) {
        const auto c = totals.counts();
        all = all + c;
        production.add(totals.value_now() * yuan, totals.value_baseline() * yuan);
        std::printf("%-24.*s %12s %12s %9s %14s %11s\n", static_cast<int>(label.size()),
                    label.data(), figure(c.in_scope()).c_str(), figure(c.resumed()).c_str(),
                    percent(c.work_rate(), 1, rounding::half_up).c_str(),
                    figure(totals.staff().value()).c_str(),
                    percent(totals.production_rate(), 1, rounding::half_up).c_str());
    }
    std::printf("%-24s %12s %12s %9s %14s %11s\n", "all", figure(all.in_scope()).c_str(),
                figure(all.resumed()).c_str(),
                percent(all.work_rate(), 1, rounding::half_up).c_str(), "",
                percent(production.restoration(), 1, rounding::half_up).c_str());
    std::printf("%s rows aggregated", figure(rows).c_str());
    if (o.skip_bad_rows) {
        std::printf(", %s bad rows skipped", figure(skipped).c_str());
        if (skipped > 0) {
            std::printf(" (the first: %s)", first_skipped.c_str());
        }
    }
    std::printf("\n");
}

int run(const options& o) {
    reader in(o.file);
    in.read_header(io::ignore_no_column, "region", "sector", "size_class", "resumed", "staff",
                   "value_now", "value_baseline");
    const grouping group = o.group == "region"   ? grouping::region
                           : o.group == "sector" ? grouping::sector
                                                 : grouping::size;
    aggregation<industrial, decltype(by_region)> regions(by_region);
    aggregation<industrial, decltype(by_sector)> sectors(by_sector);
    aggregation<industrial, decltype(by_size)> sizes(by_size);

    std::int64_t rows = 0;
    std::int64_t skipped = 0;
    std::string first_skipped;
    char* region = nullptr;
    char* sector = nullptr;
    char* size = nullptr;
    char* resumed = nullptr;
    char* staff_text = nullptr;
    char* value_now = nullptr;
    char* value_baseline = nullptr;
    while (true) {
        try {
            if (!in.read_row(region, sector, size, resumed, staff_text, value_now,
                             value_baseline)) {
                break;
            }
            const unsigned line = in.get_file_line();
            // Reading a row includes its one integer, as when the parser read it.
            const std::int64_t staff = staff_of(o.file, line, staff_text);
            if (o.read_only) {
                ++rows;
                continue;
            }
            // The first letter tells which word a size class must be, and the rest is checked
            // against that word's: the branches are then the same for both, where one on which
            // it is would be mispredicted for about one row in six, those above, in no order.
            const unsigned letter = static_cast<unsigned char>(size[0]) - unsigned{'a'};
            if (letter > 1 || !is_rest(size, size_words[letter])) {
                refuse(o.file, line, "size_class", size, "is neither above nor below");
            }
            // Likewise "0" or "1": one digit, then the end.
            const bool resumed_now = resumed[0] == '1';
            if ((!resumed_now && resumed[0] != '0') || resumed[1] != '\0') {
                refuse(o.file, line, "resumed", resumed, "is neither 0 nor 1");
            }
            const double now = value_of(o.file, line, "value_now", value_now);
            const double baseline = value_of(o.file, line, "value_baseline", value_baseline);
            // The records view the parser's row buffer; the groups copy the labels they keep.
            const size_class size_of = size_classes[letter];
            switch (group) {
            case grouping::region:
                regions.add({region, sector, size_of, resumed_now, staff, now, baseline}, line);
                break;
            case grouping::sector:
                sectors.add({region, sector, size_of, resumed_now, staff, now, baseline}, line);
                break;
            case grouping::size:
                sizes.add({region, sector, size_of, resumed_now, staff, now, baseline}, line);
                break;
            }
            ++rows;
        } catch (const std::exception& error) {
            // The parser's own messages name the line, and the column and text where there is one.
            const bool row_error = dynamic_cast<const io::error::base*>(&error) != nullptr ||
                                   dynamic_cast<const bad_row*>(&error) != nullptr;
            if (!o.skip_bad_rows || !row_error) {
                throw std::runtime_error(error.what());
            }
            ++skipped;
            if (first_skipped.empty()) {
                first_skipped = error.what();
            }
        }
    }

    if (o.read_only) {
        std::printf("read %s rows\n", figure(rows).c_str());
        return 0;
    }
    switch (group) {
    case grouping::region: print_groups(o, regions, rows, skipped, first_skipped); break;
    case grouping::sector: print_groups(o, sectors, rows, skipped, first_skipped); break;
    case grouping::size: print_groups(o, sizes, rows, skipped, first_skipped); break;
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(parse(argc, argv));
    } catch (const std::exception& error) {
        std::fflush(stdout);
        std::fprintf(stderr, "registry: %s\n", error.what());
        return 1;
    }
}
