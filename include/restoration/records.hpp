// records.hpp: per-enterprise records, as a registry holds them, aggregated in one pass into
// cohorts and value-weighted production grouped by any of their keys, with no allocation per
// record (only per group); from a range at once, or one record at a time.
//
//   auto by_region = aggregate<industrial>(records, [](const enterprise_record& r) {
//       return r.region;
//   });
//   by_region.at("North").counts().work_rate();
//
// The scope filters, as an analyst means it of a whole registry: aggregate<above_designated_size>
// (records, key) sums only the records above designated size, aggregate<below_designated_size>
// only those below, aggregate<industrial> all of them, so that a cohort<Scope> counts
// enterprises of its scope and no others. A record tells nothing but its size class, so these
// are the three scopes records aggregate into; any other (pharmaceutical_above_designated_size,
// a scope of one's own) does not compile.
#pragma once

#include <cmath>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <variant>
#include <ranges>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include <boost/units/quantity.hpp>

#include <restoration/cohort.hpp>
#include <restoration/detail/checked.hpp>
#include <restoration/detail/exact_sums.hpp>
#include <restoration/detail/group_index.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/rate.hpp>
#include <restoration/scope.hpp>
#include <restoration/units.hpp>

namespace restoration {

enum class size_class { above_designated_size, below_designated_size };

constexpr std::string_view to_string(size_class size) {
    switch (size) {
    case size_class::above_designated_size: return "above designated size";
    case size_class::below_designated_size: return "below designated size";
    }
    return "unknown size class";
}

// One enterprise. The labels are views of the text the record was read from, which need live
// only while the record is added: the groups keep copies of the labels in their keys.
struct enterprise_record {
    std::string_view region;
    std::string_view sector;
    size_class size = size_class::below_designated_size;
    bool resumed = false;
    std::int64_t staff = 0;       // persons at work
    double value_now = 0;         // output value now, yuan
    double value_baseline = 0;    // output value at the baseline, yuan
};

template <class Scope, class KeyOf>
class aggregation;

// The sums of one group of records. Only an aggregation adds to them, after checking the record.
// The output values are summed exactly, each at its exact form (1,000.1 is 10,001 x 10^-1), so
// that 1,000.1 + 1,000.2 is 2,000.3 and not the double nearest a sum of doubles.
template <class Scope>
class group_totals {
public:
    cohort<Scope> counts() const { return {in_scope_, resumed_}; }
    boost::units::quantity<person_unit, std::int64_t> staff() const {
        return boost::units::quantity<person_unit, std::int64_t>::from_value(staff_);
    }
    // Output value now over output value at the baseline, summed over the group: the exact sums,
    // a production-restoration rate on the basis of output value (basis.hpp).
    rate<production_restoration_by<basis::output_value>, double> production_rate() const {
        return {value_now(), value_baseline()};
    }
    // The exact sums, as the doubles whose shortest forms they are; std::overflow_error, naming
    // the sum, when a sum has more digits than a double holds.
    double value_now() const {
        return detail::exact_double(value_now_, "the output value now of a group");
    }
    double value_baseline() const {
        return detail::exact_double(value_baseline_, "the output value at the baseline of a group");
    }

private:
    template <class, class>
    friend class aggregation;

    // Every sum is checked: a wrapped count or a value past what a double holds would be a
    // silently wrong figure. A refused record leaves the group as it was: the counts are worked
    // out before any is kept, and a value sum that refuses leaves itself, and puts back the other.
    [[gnu::always_inline]] void add(const enterprise_record& record) {
        const std::int64_t in_scope =
            detail::checked_add<std::int64_t>(in_scope_, 1, "counting the records of a group");
        // Added as a number, not chosen by a branch, which would mispredict on every sixth record.
        const std::int64_t resumed = detail::checked_add<std::int64_t>(
            resumed_, record.resumed ? 1 : 0, "counting the resumed of a group");
        const std::int64_t staff =
            detail::checked_add(staff_, record.staff, "summing the staff of a group");
        // The value sums are added in place, not through copies, which the compiler would keep on
        // the stack and reload in pieces.
        const detail::decimal_sum now_before = value_now_;
        if (const char* why = add_value(value_now_, record.value_now)) {
            refuse_sum(value_now_, record.value_now, "output value now", why);
        }
        if (const char* why = add_value(value_baseline_, record.value_baseline)) {
            value_now_ = now_before;
            refuse_sum(value_baseline_, record.value_baseline, "output value at the baseline", why);
        }
        in_scope_ = in_scope;
        resumed_ = resumed;
        staff_ = staff;
    }

    // Adds the value to the sum and says nothing; or says why it cannot, leaving the sum as it was.
    // Always inlined, as add() is: called twice a record, it cost more as a call than its work.
    [[gnu::always_inline]] static const char* add_value(detail::decimal_sum& sum, double value) {
        // A whole number below 2^53, as registries mostly hold, is its own digits at exponent 0,
        // and a sum at an exponent of 0 or less is always finite.
        // Converted through a signed integer, which x86-64 does in one instruction where an
        // unsigned one takes a test and a second path: a record's values are checked finite and
        // not negative before they come here, so below 2^53 the conversion is defined.
        constexpr double two_to_53 = 9007199254740992.0;
        if (value < two_to_53) {
            const auto whole = static_cast<std::int64_t>(value);
            if (static_cast<double>(whole) == value) {
                return sum.add({static_cast<std::uint64_t>(whole), 0, false}) ? nullptr
                                                                               : no_exact_sum;
            }
        }
        return add_with_decimals(sum, value);
    }

    static constexpr const char* no_exact_sum = " has no exact sum within 128 bits";

    // Any other value, at its exact form; out of line, so that add_value stays small.
    [[gnu::noinline]] static const char* add_with_decimals(detail::decimal_sum& sum,
                                                           double value) {
        const detail::decimal_sum before = sum;
        if (!sum.add(detail::exact_form(value))) {
            return no_exact_sum;
        }
        if (sum.past_largest_double()) {
            sum = before;
            return " is not finite";
        }
        return nullptr;
    }

    // Out of line and cold, so that add() stays small enough to be inlined into the loop.
    [[noreturn]] [[gnu::cold]] [[gnu::noinline]] static void refuse_sum(
        const detail::decimal_sum& sum, double value, const char* what, const char* why) {
        throw std::overflow_error("summing the " + std::string(what) + " of a group: " +
                                  sum.shown() + " + " + detail::plain(value) + why);
    }

    std::int64_t in_scope_ = 0;
    std::int64_t resumed_ = 0;
    std::int64_t staff_ = 0;
    detail::decimal_sum value_now_;
    detail::decimal_sum value_baseline_;
};

namespace detail {

// The key a group keeps: key_of's result with each std::string_view in it, alone or in a tuple
// or a pair, made a std::string, so that no group's key views text that may be gone or reused
// (a reader's line buffer). A key of another type is kept as it is.
template <class Key>
struct owned_key {
    using type = Key;
};
template <class Char, class Traits>
struct owned_key<std::basic_string_view<Char, Traits>> {
    using type = std::basic_string<Char, Traits>;
};
template <class... Keys>
struct owned_key<std::tuple<Keys...>> {
    using type = std::tuple<typename owned_key<Keys>::type...>;
};
template <class First, class Second>
struct owned_key<std::pair<First, Second>> {
    using type = std::pair<typename owned_key<First>::type, typename owned_key<Second>::type>;
};

// A key seen through views, whether its labels are owned or viewed: an owned key and the
// views it is looked up by then compare as one type, without allocating.
template <class Key>
struct key_view {
    using type = const Key&;
};
template <class Char, class Traits>
struct key_view<std::basic_string_view<Char, Traits>> {
    using type = std::basic_string_view<Char, Traits>;
};
template <class Char, class Traits, class Allocator>
struct key_view<std::basic_string<Char, Traits, Allocator>> {
    using type = std::basic_string_view<Char, Traits>;
};
template <class... Keys>
struct key_view<std::tuple<Keys...>> {
    using type = std::tuple<typename key_view<Keys>::type...>;
};
template <class First, class Second>
struct key_view<std::pair<First, Second>> {
    using type = std::pair<typename key_view<First>::type, typename key_view<Second>::type>;
};

template <class Key>
constexpr typename key_view<Key>::type view_of_key(const Key& key) {
    if constexpr (requires { typename std::tuple_size<Key>::type; } &&
                  !std::is_reference_v<typename key_view<Key>::type>) {
        return std::apply(
            [](const auto&... parts) {
                return typename key_view<Key>::type(view_of_key(parts)...);
            },
            key);
    } else {
        return key;
    }
}

// Orders groups by their keys as views: the order std::less<> gives, with a lookup by views
// that every compiler accepts (clang 14 does not compare a tuple of strings with a tuple of
// string views).
struct key_order {
    using is_transparent = void;
    template <class A, class B>
    constexpr bool operator()(const A& a, const B& b) const {
        return view_of_key(a) < view_of_key(b);
    }
};

template <class T>
inline constexpr bool is_tuple_or_pair = false;
template <class... T>
inline constexpr bool is_tuple_or_pair<std::tuple<T...>> = true;
template <class First, class Second>
inline constexpr bool is_tuple_or_pair<std::pair<First, Second>> = true;

template <class T>
inline constexpr bool is_owned_string = false;
template <class Char, class Traits, class Allocator>
inline constexpr bool is_owned_string<std::basic_string<Char, Traits, Allocator>> = true;

template <class T>
inline constexpr bool is_optional = false;
template <class T>
inline constexpr bool is_optional<std::optional<T>> = true;

template <class T>
inline constexpr bool is_variant = false;
template <class... Alternatives>
inline constexpr bool is_variant<std::variant<Alternatives...>> = true;

template <class T>
inline constexpr bool is_reference_wrapper = false;
template <class T>
inline constexpr bool is_reference_wrapper<std::reference_wrapper<T>> = true;

// Whether a group's key would still view what key_of's result viewed: a pointer (a const char*),
// a reference_wrapper, or a view (a std::span, a std::string_view) anywhere but where owned_key
// made it a string: in a std::array or std::vector, say, or an optional.
template <class Key>
constexpr bool holds_views();

template <class Key, std::size_t... Parts>
constexpr bool any_part_holds_views(std::index_sequence<Parts...>) {
    return (holds_views<std::tuple_element_t<Parts, Key>>() || ...);
}

template <class Key, std::size_t... Alternatives>
constexpr bool any_alternative_holds_views(std::index_sequence<Alternatives...>) {
    return (holds_views<std::variant_alternative_t<Alternatives, Key>>() || ...);
}

template <class Key>
constexpr bool holds_views() {
    using K = std::remove_cv_t<Key>;
    if constexpr (std::is_pointer_v<K> || std::is_member_pointer_v<K> ||
                  is_reference_wrapper<K>) {
        return true;
    } else if constexpr (is_tuple_or_pair<K>) {
        return any_part_holds_views<K>(std::make_index_sequence<std::tuple_size_v<K>>{});
    } else if constexpr (is_owned_string<K>) {
        return false;
    } else if constexpr (std::ranges::range<K>) {
        return std::ranges::view<K> || std::ranges::borrowed_range<K> ||
               holds_views<std::ranges::range_value_t<K>>();
    } else if constexpr (is_optional<K>) {
        return holds_views<typename K::value_type>();
    } else if constexpr (is_variant<K>) {
        return any_alternative_holds_views<K>(std::make_index_sequence<std::variant_size_v<K>>{});
    } else {
        // A class of the user's own is kept as it is: what it holds, it must own (README).
        return false;
    }
}

// The scopes a record's size class decides.
template <class Scope>
concept told_by_size_class = std::same_as<Scope, industrial> ||
                             std::same_as<Scope, above_designated_size> ||
                             std::same_as<Scope, below_designated_size>;

// Whether an enterprise of this size class is in the scope.
template <class Scope>
constexpr bool in_scope_of(size_class size) {
    if constexpr (std::same_as<Scope, above_designated_size>) {
        return size == size_class::above_designated_size;
    } else if constexpr (std::same_as<Scope, below_designated_size>) {
        return size == size_class::below_designated_size;
    } else {
        return true;
    }
}

// The figures of a record that check_record checks, and that its refusal names: passed by
// value to the refusal, not the record, so that a record added in a loop need not be built in
// memory, nor the labels it views measured, unless the key uses them.
struct record_figures {
    size_class size;
    std::int64_t staff;
    double value_now;
    double value_baseline;
};

// What is wrong with a record that check_record refused.
inline std::string fault_of(const record_figures& record) {
    if (record.size != size_class::above_designated_size &&
        record.size != size_class::below_designated_size) {
        return "size class " + std::to_string(static_cast<int>(record.size)) +
               " is neither above nor below designated size";
    }
    if (record.staff < 0) {
        return "staff cannot be negative (" + grouped(record.staff) + ")";
    }
    if (!std::isfinite(record.value_now) || record.value_now < 0) {
        return "output value now must be finite and not negative (" + plain(record.value_now) +
               ")";
    }
    return "output value at the baseline must be finite and not negative (" +
           plain(record.value_baseline) + ")";
}

// Out of line and cold, so that check_record stays small enough to be inlined into the loop.
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] inline void refuse_record(record_figures record,
                                                                        std::size_t index) {
    throw std::invalid_argument("record " + std::to_string(index) + ": " + fault_of(record));
}

// A record's figures are checked as they are read; the message names the record by its place.
// Always inlined, into the loop over records: where a loop adds to several aggregations, g++
// would otherwise call it.
[[gnu::always_inline]] inline void check_record(const enterprise_record& record, std::size_t index) {
    const bool size_known = record.size == size_class::above_designated_size ||
                            record.size == size_class::below_designated_size;
    // Finite and not negative, written so that a NaN fails: every comparison with it is false.
    constexpr double largest = std::numeric_limits<double>::max();
    const bool values_known = record.value_now >= 0 && record.value_now <= largest &&
                              record.value_baseline >= 0 && record.value_baseline <= largest;
    if (!size_known || record.staff < 0 || !values_known) {
        refuse_record({record.size, record.staff, record.value_now, record.value_baseline}, index);
    }
}

}  // namespace detail

// Sums records into groups by key_of(record) (a region, a sector, a size class, or a tuple of
// them) as they come, one at a time: for a registry read from a file, row by row. The groups are
// a std::map in key order; a record finds its group through an index beside it, by a hash of the
// labels and numbers key_of gives (a key of other parts is looked up in the map itself), and
// allocates nothing. A new group allocates its map node and copies its labels into its key (a
// label longer than a std::string holds in place allocates once more); the index allocates only
// past 16 groups, as it doubles. Records outside Scope are checked like the others, then left out
// of the sums and counted in outside_scope().
template <class Scope, class KeyOf>
class aggregation {
    static_assert(detail::told_by_size_class<Scope>,
                  "restoration: aggregate<Scope>: records carry only a size class; aggregate "
                  "industrial, above_designated_size or below_designated_size");

public:
    // What key_of gives, and what a group keeps of it.
    using lookup_type =
        std::remove_cvref_t<std::invoke_result_t<KeyOf&, const enterprise_record&>>;
    using key_type = typename detail::owned_key<lookup_type>::type;
    using groups_type = std::map<key_type, group_totals<Scope>, detail::key_order>;

    explicit aggregation(KeyOf key_of) : key_of_(std::move(key_of)) {
        // A std::string_view alone or in a tuple or pair becomes a std::string in the key; any
        // other view would dangle once the text the records viewed is reused.
        constexpr bool owns_labels = !detail::holds_views<key_type>();
        static_assert(owns_labels, "restoration: aggregate: a key of views in a container or a "
                                   "pointer would dangle; give string_views alone or in a tuple "
                                   "or pair");
    }

    // The index points into the groups' map nodes: a copy indexes its own nodes, and a move
    // takes the nodes with their index and leaves the other aggregation empty.
    aggregation(const aggregation& other)
        requires std::copy_constructible<KeyOf>
        : key_of_(other.key_of_), groups_(other.groups_), outside_scope_(other.outside_scope_) {
        index_all();
    }
    aggregation(aggregation&& other) noexcept(std::is_nothrow_move_constructible_v<KeyOf>)
        : key_of_(std::move(other.key_of_)),
          groups_(std::move(other.groups_)),
          index_(std::move(other.index_)),
          outside_scope_(other.outside_scope_) {
        other.forget_groups();
    }
    aggregation& operator=(const aggregation& other)
        requires std::is_copy_assignable_v<KeyOf>
    {
        if (this != &other) {
            key_of_ = other.key_of_;
            groups_ = other.groups_;
            outside_scope_ = other.outside_scope_;
            index_all();
        }
        return *this;
    }
    aggregation& operator=(aggregation&& other) noexcept(
        std::is_nothrow_move_assignable_v<KeyOf>)
        requires std::is_move_assignable_v<KeyOf>
    {
        if (this != &other) {
            key_of_ = std::move(other.key_of_);
            groups_ = std::move(other.groups_);
            index_ = std::move(other.index_);
            outside_scope_ = other.outside_scope_;
            other.forget_groups();
        }
        return *this;
    }
    ~aggregation() = default;

    // Checks the record's figures, then adds it to its group. `index` names it in an error.
    // Always inlined, with what it calls for each record, into the loop over the records: as
    // calls (three a record where many kernels share a translation unit) they cost more than
    // the work.
    [[gnu::always_inline]] void add(const enterprise_record& record, std::size_t index) {
        detail::check_record(record, index);
        if (!detail::in_scope_of<Scope>(record.size)) {
            ++outside_scope_;
            return;
        }
        group_totals<Scope>& totals = group_of(key_of_(record));
        // Only a group that already has records can overflow: a new one starts from zero.
        try {
            totals.add(record);
        } catch (const std::overflow_error& error) {
            throw std::overflow_error("record " + std::to_string(index) + ": " + error.what());
        }
    }

    const groups_type& groups() const& { return groups_; }
    groups_type groups() && {
        groups_type taken = std::move(groups_);
        forget_groups();
        return taken;
    }

    // The records of another size class than Scope's, left out of the sums.
    std::size_t outside_scope() const { return outside_scope_; }

private:
    using group = typename groups_type::value_type;
    static constexpr bool hashed =
        detail::hashed_key<std::remove_cvref_t<typename detail::key_view<key_type>::type>>;

    static auto view_of(const group& node) { return detail::view_of_key(node.first); }

    template <class Key>
    [[gnu::always_inline]] group_totals<Scope>& group_of(const Key& key) {
        if constexpr (hashed) {
            const auto view = detail::view_of_key(key);
            const std::uint64_t hash = detail::key_hash::of(view);
            if (group* found = index_.find(hash, view, &view_of)) {
                return found->second;
            }
            group& made = new_group(key);
            index_.insert(hash, &made);
            return made.second;
        } else {
            auto where = groups_.lower_bound(key);
            if (where == groups_.end() || groups_.key_comp()(key, where->first)) {
                where = groups_.emplace_hint(where, std::piecewise_construct,
                                             std::forward_as_tuple(key), std::forward_as_tuple());
            }
            return where->second;
        }
    }

    // Kept out of the loop: it runs once a group. Should the index then fail to grow, the group
    // is in the map alone, and the next record of it finds it there, here, and indexes it.
    template <class Key>
    [[gnu::noinline]] group& new_group(const Key& key) {
        return *groups_.emplace(std::piecewise_construct, std::forward_as_tuple(key),
                                std::forward_as_tuple())
                    .first;
    }

    void index_all() {
        index_.clear();
        if constexpr (hashed) {
            for (group& node : groups_) {
                index_.insert(detail::key_hash::of(view_of(node)), &node);
            }
        }
    }

    void forget_groups() {
        groups_.clear();
        index_.clear();
    }

    KeyOf key_of_;
    groups_type groups_;
    detail::group_index<group> index_;
    std::size_t outside_scope_ = 0;
};

// The groups of a whole range of records of Scope, in key order, in one pass.
template <class Scope, std::ranges::input_range Records, class KeyOf>
    requires std::convertible_to<std::ranges::range_reference_t<Records>, const enterprise_record&>
auto aggregate(Records&& records, KeyOf key_of) {
    aggregation<Scope, KeyOf> sums(std::move(key_of));
    std::size_t index = 0;
    for (const enterprise_record& record : records) {
        sums.add(record, index++);
    }
    return std::move(sums).groups();
}

}  // namespace restoration
