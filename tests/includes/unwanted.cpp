// unwanted.cpp: a public header (RESTORATION_HEADER) brings in none of the heavy headers it has no
// use for. Preprocessed only, once per header (tests/includes/CMakeLists.txt): the include guards
// of libstdc++ and of Boost.Units say what came in. A header that may have one of them is given
// RESTORATION_MAY_INCLUDE_<NAME>. Under another standard library the standard headers go
// unchecked.
#include RESTORATION_HEADER

#ifdef __GLIBCXX__

// <iostream> has no use in any header: io.hpp prints to any std::ostream.
#ifdef _GLIBCXX_IOSTREAM
#error "restoration: the header includes <iostream>"
#endif

// The streams are io.hpp's. Under libstdc++ in C++20, <chrono> includes <sstream> itself, so a
// header that may have <chrono> may have them through it.
#if !defined(RESTORATION_MAY_INCLUDE_STREAMS) && \
    !(defined(RESTORATION_MAY_INCLUDE_CHRONO) && defined(_GLIBCXX_CHRONO))
#if defined(_GLIBCXX_OSTREAM) || defined(_GLIBCXX_ISTREAM) || defined(_GLIBCXX_SSTREAM) || \
    defined(_GLIBCXX_IOS) || defined(_GLIBCXX_LOCALE) || defined(_GLIBCXX_FSTREAM) ||       \
    defined(_GLIBCXX_IOMANIP)
#error "restoration: the header includes a stream header (<ostream>, <sstream>, <ios>, <locale>...)"
#endif
#endif

#if !defined(RESTORATION_MAY_INCLUDE_CHRONO) && defined(_GLIBCXX_CHRONO)
#error "restoration: the header includes <chrono>"
#endif

#if !defined(RESTORATION_MAY_INCLUDE_MAP) && defined(_GLIBCXX_MAP)
#error "restoration: the header includes <map>"
#endif

#if !defined(RESTORATION_MAY_INCLUDE_RANGES) && defined(_GLIBCXX_RANGES)
#error "restoration: the header includes <ranges>"
#endif

#endif  // __GLIBCXX__

// Boost.Units' io.hpp brings <sstream>, <ios> and Boost.Serialization; unit symbols come from
// restoration/detail/unit_symbol.hpp instead.
#if !defined(RESTORATION_MAY_INCLUDE_STREAMS) && defined(BOOST_UNITS_IO_HPP)
#error "restoration: the header includes <boost/units/io.hpp>"
#endif
