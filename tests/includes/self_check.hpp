// self_check.hpp: a header with an include it has no use for, as a regression would add one.
// includes.self_check passes only when unwanted.cpp refuses it, naming <map>.
#pragma once

#include <map>

#include <restoration/cohort.hpp>
