// A difference of rates in points, its kind written as the scope the rates are of.
// expect: restoration: percentage_points<Kind>: Kind is a scope, a good or a basis, not a kind of rate such as work_resumption
#include <restoration/rate.hpp>
#include <restoration/scope.hpp>

using namespace restoration;

auto gap() {
#ifdef RESTORATION_MISTAKE
    return percentage_points<industrial>{32, 1'000};
#else
    return percentage_points<work_resumption>{32, 1'000};
#endif
}
