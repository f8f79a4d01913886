// include_boost_units.cpp: compile-time probe (d), what (c) is held to: Boost.Units' SI system and
// the standard headers any program that prints a figure has.
#include <boost/units/systems/si.hpp>
#include <iostream>
#include <string>
#include <vector>

int main() {}
