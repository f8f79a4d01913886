// audit_bulletins.cpp: reads bulletins as published, in Chinese, and audits what they print.
// Given the corpus files (or their directory), it reads each one's quoted sentences and title,
// lists every figure found with what it claims (its qualifier, points, a change and what it is
// against), passes over the dates, pairs counts with rates by a rule of its own where the text
// allows, and checks the rest as stated by hand in the table below. Every verdict is computed
// by the library from the figures as printed; the example only chooses which figures to pair.
//
//   audit_bulletins ../shared/bulletins/corpus
#include <restoration/restoration.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace restoration;

namespace {

// What the audit assumes, printed once: the margins of 近 and 约, and the rules tried.
const claim_reading reading{};

// A bulletin file of the corpus: its heading, and the text it quotes (the title and the
// sentences as printed).
struct bulletin {
    std::string name;     // the file's name: "hebei-2020-02-24.md"
    std::string heading;  // "Hebei province, figures as of 2020-02-22"
    std::string text;     // one sentence-bearing line a line
};

bulletin read_bulletin(const std::filesystem::path& path) {
    std::ifstream file(path);
    if (!file) {
        throw std::runtime_error("cannot open " + path.string());
    }
    bulletin b{path.filename().string(), {}, {}};
    for (std::string line; std::getline(file, line);) {
        if (line.starts_with("# ") && b.heading.empty()) {
            b.heading = line.substr(2);
        } else if (line.starts_with("Title: ")) {
            b.text += line.substr(7) + "\n";
        } else if (line.starts_with("> ")) {
            b.text += line.substr(2) + "\n";
        }
    }
    return b;
}

std::string joined(const std::vector<std::string>& items, std::string_view between) {
    std::string text;
    for (const std::string& item : items) {
        text += (text.empty() ? "" : std::string(between)) + item;
    }
    return text;
}

// What a figure was read as: "count 9,909 家", "percent 75.1", "points 3.2, up against 比21日".
std::string read_as(const printed_figure& f) {
    std::string kind;
    std::string stands_for;  // what a scaled or qualified count stands for
    if (f.points) {
        kind = "points " + to_string(f.number);
    } else if (f.percent && f.exponent == 1) {
        kind = "tenths " + to_string(f.number) + " (" + to_string(f.number) + "0%)";
    } else if (f.percent) {
        kind = "percent " + to_string(f.number);
    } else if (f.exponent >= f.number.decimals) {
        kind = "count " + figure(f.count());
        if (f.exponent > 0 || f.claim != qualifier::none) {
            // What the printed figure stands for: "28.38万" is 283,750 to 283,849 half up.
            stands_for = " (" + to_string(count_interval(f, rounding::half_up, reading)) +
                         (f.claim == qualifier::none ? " half up)" : ")");
        }
    } else {
        kind = "number " + to_string(f.number) + (f.scale_word.empty() ? "" : " " + f.scale_word);
    }
    if (!f.unit.empty()) {
        kind += " " + f.unit;
    }
    kind += stands_for;
    std::vector<std::string> notes;
    if (f.claim != qualifier::none) {
        notes.emplace_back(to_string(f.claim));
    }
    if (f.each) {
        notes.emplace_back("each");
    }
    if (f.change != direction::none) {
        notes.push_back(std::string(f.change == direction::up ? "up" : "down") +
                        (f.against.empty() ? "" : " against " + f.against));
    }
    return notes.empty() ? kind : kind + "; " + joined(notes, ", ");
}

// The rules under which an outcome holds: "half up, half even".
std::string rules_where(const auto& holds) {
    std::vector<std::string> names;
    for (rounding rule : all_rounding_rules) {
        if (holds(rule)) {
            names.emplace_back(to_string(rule));
        }
    }
    return names.empty() ? "no rule" : joined(names, ", ");
}

// A printed rate against counts that may themselves be intervals ("9000多", "28.38万"), rule by
// rule, grouped by outcome.
void audit_pair(const printed_figure& rate, const printed_figure* resumed,
                const printed_figure& in_scope) {
    std::cout << "    " << rate.text << " of " << (resumed ? resumed->text + " resumed" : "")
              << (resumed ? " in " : "") << in_scope.text << ":\n";
    const count_range denominators = count_interval(in_scope, rounding::half_up, reading);
    const count_range numerators = resumed ? count_interval(*resumed, rounding::half_up, reading)
                                           : count_range{0, denominators.high};
    if (!resumed) {
        std::cout << "      resumed not printed: any count up to " << figure(denominators.high)
                  << "\n";
    } else if (resumed->claim != qualifier::none || in_scope.claim != qualifier::none) {
        std::cout << "      counts as printed: " << to_string(numerators) << " resumed of "
                  << to_string(denominators) << "\n";
    }
    const interval_check check = check_printed(rate, numerators, denominators, reading);
    for (interval_fit outcome : {interval_fit::always, interval_fit::sometimes, interval_fit::never}) {
        const auto holds = [&](rounding rule) { return check.verdict(rule).fit.verdict == outcome; };
        const std::string rules = rules_where(holds);
        if (rules == "no rule") {
            continue;
        }
        std::cout << "      " << to_string(outcome) << " under " << rules << "\n";
        if (outcome != interval_fit::sometimes) {
            continue;
        }
        // The counts that fit, once for the rules that agree on them.
        std::vector<std::string> fits;
        for (rounding rule : all_rounding_rules) {
            if (holds(rule)) {
                const counts_fit& fit = check.verdict(rule).fit;
                fits.push_back("resumed " + to_string(fit.numerators) + ", in scope " +
                               to_string(fit.denominators));
            }
        }
        if (std::ranges::count(fits, fits.front()) == static_cast<long>(fits.size())) {
            std::cout << "        counts that fit: " << fits.front() << "\n";
            continue;
        }
        for (std::size_t i = 0; i < fits.size(); ++i) {
            if (std::ranges::find(fits.begin(), fits.begin() + static_cast<long>(i), fits[i]) ==
                fits.begin() + static_cast<long>(i)) {
                std::size_t k = 0;
                const auto same = [&](rounding rule) {
                    return holds(rule) && fits[k++] == fits[i];
                };
                std::cout << "        " << rules_where(same) << ": " << fits[i] << "\n";
            }
        }
    }
}

// A resumed count printed with its rate and no total: the totals that fit, rule by rule.
void audit_without_total(const printed_figure& rate, const printed_figure& resumed) {
    std::cout << "    " << rate.text << " of " << resumed.text
              << " resumed, no total printed: totals that fit\n";
    for (rounding rule : all_rounding_rules) {
        const fitting_counts totals =
            fitting_denominators(rate.as_percent(), resumed.count(), rule);
        std::cout << "      " << to_string(rule) << ": " << to_string(totals.counts) << "\n";
    }
}

bool inside_brackets(std::string_view sentence, std::size_t at) {
    const std::string_view before = sentence.substr(0, at);
    const auto last = [&](std::string_view mark) {
        const std::size_t found = before.rfind(mark);
        return found == std::string_view::npos ? -1 : static_cast<long>(found);
    };
    return std::max(last("("), last("\uff08")) > std::max(last(")"), last("\uff09"));
}

// The example's own rule for pairing, from the text alone: in one sentence (up to 。 ; ；), a
// count of enterprises (家 or 户), a larger one before it, then a rate (not points, not a
// change, not in brackets), with no other figure between them but changes: "全省1732户规上工业
// 企业复产复工985户,复产复工率56.9%" is 985 resumed of 1,732. A count alone before a rate is
// not paired: the text may make it the resumed (河北 "9909家...复工复产") or the whole (上海
// "首批666家企业复工率"); those are stated by hand.
int pair_by_rule(const std::string& text) {
    int paired = 0;
    std::vector<std::string> seen;  // a title repeats its body's figures: each pair once
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.size();
        for (std::string_view stop : {"\u3002", ";", "\uff1b", "\n"}) {
            end = std::min(end, text.find(stop, start));
        }
        const std::string sentence = text.substr(start, end - start);
        start = end + 1;
        std::vector<const printed_figure*> counts;
        const found_figures found = find_figures(sentence);
        for (const printed_figure& f : found.figures) {
            if (f.change != direction::none || inside_brackets(sentence, f.position)) {
                continue;
            }
            if (!f.percent && !f.points && (f.unit == "\u5bb6" || f.unit == "\u6237")) {
                counts.push_back(&f);
                continue;
            }
            if (f.percent && !f.points && counts.size() >= 2) {
                const printed_figure& whole = *counts[counts.size() - 2];
                const printed_figure& part = *counts.back();
                const std::string pair = whole.text + part.text + f.text;
                if (whole.value() > part.value() && std::ranges::find(seen, pair) == seen.end()) {
                    seen.push_back(pair);
                    audit_pair(f, &part, whole);
                    ++paired;
                }
            }
            counts.clear();  // a figure of another kind ends the run: "1010家...3320亿元...99.1%"
        }
    }
    return paired;
}

// Figures stated by hand, as printed, where the text does not pair them by the rule above.
struct stated {
    std::string_view file;
    std::string_view what;
    std::string_view resumed;   // as printed, or empty when not printed
    std::string_view in_scope;  // as printed, or empty
    std::string_view rate;
};

constexpr stated by_hand[] = {
    {"gansu-2020-02-21.md", "the title's 逾五成 against the province's counts", "985户", "1732户",
     "逾五成"},
    {"shanghai-2022-05-13.md", "three whitelist batches", "", "3000多家", "超过70%"},
    {"shanghai-2022-05-13.md", "the first batch", "", "666家", "超过95%"},
    {"shanghai-2022-05-13.md", "foreign-funded firms", "", "847家", "80%"},
    {"xian-xianyang-2022-01-24.md", "Xi'an", "779户", "", "47.1%"},
    {"xian-xianyang-2022-01-24.md", "Xianyang", "439户", "", "60.3%"},
    {"changzhou-hitech-2025-02-05.md", "the sample, in words", "88家", "100家", "近九成"},
    {"changzhou-hitech-2025-02-05.md", "the sample, in brackets", "88家", "100家", "88%"},
};

// What the bulletins print that cannot be checked from what they print, said by hand.
struct unchecked {
    std::string_view file;
    std::string_view why;
};

constexpr unchecked not_checkable[] = {
    {"changzhou-hitech-2025-02-05.md",
     "89.4% (the leading industries, 1.4 points above the sample), 100% and 均超90%: their counts "
     "are not printed"},
    {"gansu-2020-02-21.md",
     "70%左右 and 80%左右: shares of the province's industry by a measure not stated"},
    {"hebei-2020-02-24.md",
     "91.4% (Hengshui), 94.6% and 89.3% (revenue groups) with their changes, 均超过80%: no counts "
     "printed"},
    {"ningde-2020-03-03.md",
     "99.1%: a share of output value (约3320亿元), not of enterprises; 72.7% and 80%左右: "
     "electricity use against a baseline not printed; 均达100%, 均在90%以上: no counts printed"},
    {"shanghai-2022-05-13.md", "近70% and 约60% (districts): no counts printed; vehicles: no "
                               "baseline printed"},
    {"xian-xianyang-2022-01-24.md",
     "7.6% growth, 0.4 points above the first three quarters: no values added printed"},
    {"zibo-2020-02-21.md",
     "97.84%, 95.96% (districts, 超过95%), 80% and 80%以上: no counts printed; staff back: no "
     "headcounts printed"},
};

void audit_by_hand(const stated& s) {
    std::cout << "  " << s.what << ":\n";
    const printed_figure rate = read_figure(s.rate);
    if (s.in_scope.empty()) {
        audit_without_total(rate, read_figure(s.resumed));
        return;
    }
    const printed_figure in_scope = read_figure(s.in_scope);
    if (s.resumed.empty()) {
        audit_pair(rate, nullptr, in_scope);
        return;
    }
    const printed_figure resumed = read_figure(s.resumed);
    audit_pair(rate, &resumed, in_scope);
}

// Hebei prints today's count and rate with the day's changes, and no total.
void audit_hebei() {
    const printed_figure resumed = read_figure("9909家");
    const printed_figure rate = read_figure("75.1%");
    const printed_figure more = read_figure("431家");
    const printed_figure points = read_figure("3.2个百分点");
    std::cout << "  two days: " << resumed.text << " at " << rate.text << ", " << more.text
              << " and " << points.text << " more than on the 21st\n";
    const two_day_check check = check_two_days(
        two_days::by_change({resumed.count(), rate.as_percent()}, {more.count(), points.number}));
    std::istringstream lines(to_string(check));
    for (std::string line; std::getline(lines, line);) {
        std::cout << "    " << line << "\n";
    }
}

// Zibo prints each sector's count and rate, and the whole's, with no totals.
void audit_zibo() {
    const auto stated_as = [](std::string_view count, std::string_view rate) {
        return count_and_rate{read_figure(count).count(), read_figure(rate).as_percent()};
    };
    const std::vector<count_and_rate> sectors = {
        stated_as("1589家", "92.06%"), stated_as("113家", "63.84%"), stated_as("437家", "36.21%"),
        stated_as("131家", "54.58%"),  stated_as("266家", "59.64%"), stated_as("258家", "56.21%")};
    std::cout << "  the six sectors as a partition of the whole (2794家 at 65.66%):\n";
    std::istringstream lines(to_string(check_partition(stated_as("2794家", "65.66%"), sectors)));
    for (std::string line; std::getline(lines, line);) {
        std::cout << "    " << line << "\n";
    }
}

void audit(const bulletin& b) {
    std::cout << "== " << b.name << ": " << b.heading << "\n";
    const found_figures found = find_figures(b.text);
    std::cout << "Read " << found.figures.size() << " figures; passed over "
              << found.dates.size() << " dates and times";
    std::vector<std::string> dates;
    for (const printed_date& d : found.dates) {
        dates.push_back(d.text);
    }
    std::cout << (dates.empty() ? "" : " (" + joined(dates, ", ") + ")") << " and "
              << found.passed.size()
              << " other stretches.\n";
    for (const passed_over& p : found.passed) {
        std::cout << "  passed over: " << p.text << " (" << p.reason << ")\n";
    }
    for (const printed_figure& f : found.figures) {
        std::cout << "  " << f.text << ": " << read_as(f) << "\n";
    }
    std::cout << "Paired by the example's rule (a total, a smaller count, then a rate, in one "
                 "sentence):\n";
    if (pair_by_rule(b.text) == 0) {
        std::cout << "    none\n";
    }
    std::cout << "Stated by hand:\n";
    bool any = false;
    for (const stated& s : by_hand) {
        if (s.file == b.name) {
            audit_by_hand(s);
            any = true;
        }
    }
    if (b.name == "hebei-2020-02-24.md") {
        audit_hebei();
        any = true;
    } else if (b.name == "zibo-2020-02-21.md") {
        audit_zibo();
        any = true;
    }
    if (!any) {
        std::cout << "  nothing\n";
    }
    for (const unchecked& u : not_checkable) {
        if (u.file == b.name) {
            std::cout << "Not checkable: " << u.why << "\n";
        }
    }
    std::cout << "\n";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: audit_bulletins FILE.md... | DIRECTORY\n";
        return 2;
    }
    std::vector<std::filesystem::path> files;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path path = argv[i];
        if (std::filesystem::is_directory(path)) {
            for (const auto& entry : std::filesystem::directory_iterator(path)) {
                if (entry.path().extension() == ".md" && entry.path().filename() != "README.md") {
                    files.push_back(entry.path());
                }
            }
        } else {
            files.push_back(path);
        }
    }
    std::ranges::sort(files, {}, [](const auto& p) { return p.filename().string(); });
    std::cout << "Assumed: every rounding rule is tried, and each verdict names the rules it "
                 "holds under; counts as printed are exact unless a qualifier widens them; "
              << to_string(reading) << ".\n\n";
    try {
        for (const auto& path : files) {
            audit(read_bulletin(path));
        }
    } catch (const std::exception& e) {
        std::cerr << "audit_bulletins: " << e.what() << "\n";
        return 1;
    }
}
