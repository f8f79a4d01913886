// precompiled.cpp: nothing of its own. Its target, compile_fail_precompiled, makes the
// precompiled header that the compile-fail cases reuse (tests/compile_fail/CMakeLists.txt).
