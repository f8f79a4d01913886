// Auditing a printed rate against counts read as doubles from a spreadsheet.
// expect: restoration: the audit takes whole counts
#include <restoration/audit.hpp>

using namespace restoration;

auto audit() {
#ifdef RESTORATION_MISTAKE
    return check_printed(84.3_percent, 6'480.0, 7'681.0);
#else
    return check_printed(84.3_percent, 6'480, 7'681);
#endif
}
