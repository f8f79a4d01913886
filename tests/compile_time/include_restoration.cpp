// include_restoration.cpp: compile-time probe (c): the cost of including restoration at all.
#include <restoration/restoration.hpp>

int main() {}
