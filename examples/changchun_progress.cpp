// changchun_progress.cpp: the industrial enterprises above designated size of Changchun on two
// dates, the pace between them, when full resumption would follow at that pace, and an SVG chart
// of the work rate over time. Usage: changchun_progress [chart.svg]
#include <restoration/restoration.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <string>

using namespace restoration;
using namespace std::chrono;

namespace {

// A number for the SVG, to one decimal, the same on every machine.
std::string svg_number(double value) { return figure(value, 1, rounding::half_up); }

// The work rate over time as an SVG line chart: one point a snapshot, and the projection to
// 100% dashed.
void write_chart(const std::string& path, const series<above_designated_size>& large,
                 const projection& full) {
    constexpr double width = 640, height = 360, left = 60, right = 600, top = 60, bottom = 310;
    const sys_days first = large.snapshots().front().date;
    const double span = static_cast<double>((sys_days{full.date} - first).count());
    const auto x = [&](sys_days d) {
        return left + (right - left) * static_cast<double>((d - first).count()) / span;
    };
    const auto y = [&](double percent) { return bottom - (bottom - top) * percent / 100.0; };

    std::ofstream svg(path);
    svg << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\"" << height
        << "\" viewBox=\"0 0 " << width << " " << height << "\" font-family=\"sans-serif\" "
        << "font-size=\"12\">\n"
        << "  <title>Changchun, industrial enterprises above designated size: work rate</title>\n"
        << "  <text x=\"" << left << "\" y=\"24\" font-size=\"14\">Changchun, industrial "
        << "enterprises above designated size: work resumption rate</text>\n";
    for (int percent = 0; percent <= 100; percent += 25) {
        svg << "  <line x1=\"" << left << "\" y1=\"" << svg_number(y(percent)) << "\" x2=\""
            << right << "\" y2=\"" << svg_number(y(percent)) << "\" stroke=\"#ddd\"/>\n"
            << "  <text x=\"" << left - 8 << "\" y=\"" << svg_number(y(percent) + 4)
            << "\" text-anchor=\"end\">" << percent << "%</text>\n";
    }
    std::string points;
    for (const auto& s : large.snapshots()) {
        const double percent = 100.0 * s.counts.work_rate().to_double();
        points += svg_number(x(s.date)) + "," + svg_number(y(percent)) + " ";
    }
    svg << "  <polyline points=\"" << points << "\" fill=\"none\" stroke=\"#1f77b4\" "
        << "stroke-width=\"2\"/>\n";
    const auto& last = large.snapshots().back();
    svg << "  <line x1=\"" << svg_number(x(last.date)) << "\" y1=\""
        << svg_number(y(100.0 * last.counts.work_rate().to_double())) << "\" x2=\""
        << svg_number(x(full.date)) << "\" y2=\"" << svg_number(y(100)) << "\" stroke=\"#1f77b4\" "
        << "stroke-dasharray=\"6 4\"/>\n";
    for (const auto& s : large.snapshots()) {
        const std::string rate_text = percent(s.counts.work_rate(), 1, rounding::half_up);
        const double percent = 100.0 * s.counts.work_rate().to_double();
        svg << "  <circle cx=\"" << svg_number(x(s.date)) << "\" cy=\"" << svg_number(y(percent))
            << "\" r=\"5\" fill=\"#1f77b4\" data-date=\"" << iso_date(s.date)
            << "\" data-rate=\"" << rate_text << "\"><title>" << iso_date(s.date) << ": "
            << figure(s.counts.resumed()) << " of " << figure(s.counts.in_scope()) << ", "
            << rate_text << "</title></circle>\n"
            << "  <text x=\"" << svg_number(x(s.date)) << "\" y=\"" << svg_number(bottom + 20)
            << "\" text-anchor=\"middle\">" << iso_date(s.date) << "</text>\n"
            << "  <text x=\"" << svg_number(x(s.date) + 8) << "\" y=\""
            << svg_number(y(percent) + 16) << "\">" << rate_text << "</text>\n";
    }
    // The projection ends in an open circle, labelled above the line.
    svg << "  <circle cx=\"" << svg_number(x(full.date)) << "\" cy=\"" << svg_number(y(100))
        << "\" r=\"4\" fill=\"white\" stroke=\"#1f77b4\"/>\n"
        << "  <text x=\"" << svg_number(x(full.date)) << "\" y=\"" << svg_number(y(100) - 10)
        << "\" text-anchor=\"end\">100% by " << iso_date(full.date) << " at that pace</text>\n"
        << "</svg>\n";
}

}  // namespace

int main(int argc, char** argv) {
    // What was reported on each date, as stated in the sources (../shared/bulletins/):
    //   2022-04-18: a Jilin province press conference (Shanghai Daily, 2022-04-19);
    //   2022-05-05: the Changchun city government bulletin of 2022-05-11.
    struct reported {
        year_month_day date;
        cohort<above_designated_size> counts;  // in scope, resumed
        boost::units::quantity<person_unit, int> staff_back;
    };
    const reported reports[] = {
        {2022y / April / 18, {1'331, 930}, 111'000 * persons},
        {2022y / May / 5, {1'331, 1'265}, 248'000 * persons},
    };

    series<above_designated_size> large;
    for (const reported& r : reports) {
        large.add(r.date, r.counts);
    }

    std::cout << "Changchun, industrial enterprises above designated size: back at work\n\n"
              << "  date          resumed  in scope     rate  staff back\n";
    for (const reported& r : reports) {
        std::cout << "  " << iso_date(r.date) << std::setw(11) << figure(r.counts.resumed())
                  << std::setw(10) << figure(r.counts.in_scope()) << std::setw(9)
                  << percent(r.counts.work_rate(), 1, rounding::half_up) << std::setw(12)
                  << figure(r.staff_back.value()) << "\n";
    }

    const auto pace = large.last_pace();
    const projection full = large.full_resumption();
    const auto staff_change = reports[1].staff_back - reports[0].staff_back;
    std::cout << "\nFrom " << iso_date(pace.from()) << " to " << iso_date(pace.to())
              << ", " << pace.days() << " days:\n"
              << "  " << figure(pace.resumed_change()) << " enterprises resumed, "
              << figure(pace.resumed_per_day(), 1, rounding::half_up) << " a day\n"
              << "  the work rate rose " << points(pace.points_change(), 1, rounding::half_up)
              << ", " << figure(pace.points_per_day(), 2, rounding::half_up) << " a day\n"
              << "  " << figure(staff_change.value()) << " more staff back, "
              << figure(static_cast<double>(staff_change.value()) /
                            static_cast<double>(pace.days()),
                        0, rounding::half_up)
              << " a day\n\n"
              << "At that pace the " << figure(pace.not_yet_resumed())
              << " enterprises not yet resumed would all be back within " << full.days
              << " days, by " << iso_date(full.date) << ".\n"
              << "(At a constant pace: a projection, not a forecast.)\n";

    const std::string path = argc > 1 ? argv[1] : "changchun_progress.svg";
    write_chart(path, large, full);
    std::cout << "\nChart of the work rate: " << std::filesystem::path(path).filename().string()
              << "\n";
}
