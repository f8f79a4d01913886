// A share by count in doubles: a quarter of an enterprise of one and a half.
// expect: restoration: rate<Kind, Rep>: a rate of counts \(work resumption, staff return, a share by count\) takes an integer Rep
#include <restoration/share.hpp>

using namespace restoration;

auto a_share() {
#ifdef RESTORATION_MISTAKE
    return share<whole::in_scope, by_count, double>{0.25, 1.5};
#else
    return share<whole::in_scope, by_count>{1, 4};
#endif
}
