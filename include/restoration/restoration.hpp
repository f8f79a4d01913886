// restoration.hpp: the whole library but iostream printing (io.hpp, opt-in).
#pragma once

#include <restoration/audit.hpp>
#include <restoration/audit_format.hpp>
#include <restoration/cohort.hpp>
#include <restoration/consistency.hpp>
#include <restoration/decimal.hpp>
#include <restoration/exclusions.hpp>
#include <restoration/format.hpp>
#include <restoration/mean_of_rates.hpp>
#include <restoration/good.hpp>
#include <restoration/interval.hpp>
#include <restoration/output.hpp>
#include <restoration/output_value.hpp>
#include <restoration/period.hpp>
#include <restoration/printed.hpp>
#include <restoration/qualifier.hpp>
#include <restoration/rate.hpp>
#include <restoration/records.hpp>
#include <restoration/regions.hpp>
#include <restoration/rounding.hpp>
#include <restoration/scope.hpp>
#include <restoration/series.hpp>
#include <restoration/staff.hpp>
#include <restoration/units.hpp>
#include <restoration/version.hpp>
