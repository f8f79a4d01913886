// self_check.cpp: a "mistake" that compiles, so that the compile-fail harness is seen to fail
// when a case compiles (see compile_fail.harness_self_check).
#include <restoration/output.hpp>

using namespace restoration;

int self_check() {
    output<face_mask> masks = 100.0 * pieces;
    output<face_mask> more = 20.0 * pieces;
    return (masks + more).value() > 0 ? 0 : 1;
}
