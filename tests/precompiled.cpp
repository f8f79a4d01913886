// precompiled.cpp: nothing of its own. Its target, restoration_test_precompiled, makes the
// precompiled header that the unit tests reuse (tests/CMakeLists.txt).
