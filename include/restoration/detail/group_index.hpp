// detail/group_index.hpp: finds the group of a record by a hash of its key's labels and numbers,
// among groups that live elsewhere (the nodes of an aggregation's map), so that a record costs
// one hash and one comparison of its labels instead of a walk down a tree of strings.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace restoration::detail {

// The parts of a key a hash is taken of: labels (string views of any character type), integers
// and enumerators, alone or in a tuple or a pair. Their equality is the one the map's ordering
// implies, so that one group is never found under two hashes.
template <class View>
inline constexpr bool hashed_key = std::is_integral_v<View> || std::is_enum_v<View>;
template <class Char, class Traits>
inline constexpr bool hashed_key<std::basic_string_view<Char, Traits>> = std::is_integral_v<Char>;
template <class... Parts>
inline constexpr bool hashed_key<std::tuple<Parts...>> =
    (hashed_key<std::remove_cvref_t<Parts>> && ...);
template <class First, class Second>
inline constexpr bool hashed_key<std::pair<First, Second>> =
    hashed_key<std::remove_cvref_t<First>> && hashed_key<std::remove_cvref_t<Second>>;

// A word of a label's bytes, from wherever they lie.
template <class Word>
Word load_word(const unsigned char* bytes) {
    Word word;
    std::memcpy(&word, bytes, sizeof word);
    return word;
}

// A hash of a key, built up a word at a time: the multiply carries each bit of a word up into
// the high bits, and the shift brings them back down, so that the low bits that choose a slot
// depend on the whole key.
class key_hash {
public:
    // Always inlined, as all it calls, into the loop over records: clang++ otherwise calls
    // add_bytes for each record, which costs more than hashing a short label.
    template <class View>
    [[gnu::always_inline]] static std::uint64_t of(const View& view) {
        key_hash hash;
        hash.add(view);
        return hash.value_;
    }

private:
    static constexpr std::uint64_t multiplier = 0x9E37'79B9'7F4A'7C15;  // 2^64 / golden ratio

    [[gnu::always_inline]] void add_word(std::uint64_t word) {
        value_ = (value_ ^ word) * multiplier;
        value_ ^= value_ >> 32;
    }

    // The bytes of a label, after its length: eight at a time, the last word overlapping the one
    // before it; a shorter label in one word, from loads that overlap to cover all its bytes.
    [[gnu::always_inline]] void add_bytes(const unsigned char* bytes, std::size_t size) {
        add_word(size);
        if (size >= 8) {
            std::size_t at = 0;
            for (; at + 8 <= size; at += 8) {
                add_word(load_word<std::uint64_t>(bytes + at));
            }
            if (at != size) {
                add_word(load_word<std::uint64_t>(bytes + size - 8));
            }
        } else if (size >= 4) {
            add_word(std::uint64_t{load_word<std::uint32_t>(bytes)} << 32 |
                     load_word<std::uint32_t>(bytes + size - 4));
        } else if (size > 0) {
            add_word(std::uint64_t{bytes[0]} << 16 | std::uint64_t{bytes[size / 2]} << 8 |
                     bytes[size - 1]);
        }
    }

    template <class View>
    [[gnu::always_inline]] void add(const View& view) {
        if constexpr (std::is_enum_v<View>) {
            add_word(static_cast<std::uint64_t>(static_cast<std::underlying_type_t<View>>(view)));
        } else if constexpr (std::is_integral_v<View>) {
            add_word(static_cast<std::uint64_t>(view));
        } else if constexpr (requires { view.data(); }) {
            add_bytes(reinterpret_cast<const unsigned char*>(view.data()),
                      view.size() * sizeof(*view.data()));
        } else {
            add_parts(view, std::make_index_sequence<std::tuple_size_v<View>>{});
        }
    }

    template <class View, std::size_t... Parts>
    [[gnu::always_inline]] void add_parts(const View& view, std::index_sequence<Parts...>) {
        (add(std::get<Parts>(view)), ...);
    }

    std::uint64_t value_ = 0;
};

// Whether two keys, as views, are equal: what == says of them, with labels of the standard
// character traits compared a word at a time, as they were hashed, from loads that overlap to
// cover all their bytes; a call to memcmp for each record would cost more than the comparison.
// A label longer than 16 bytes, or of other traits, is compared by ==.
template <class View>
[[gnu::always_inline]] inline bool same_key(const View& a, const View& b);

[[gnu::always_inline]] inline bool same_bytes(const unsigned char* a, const unsigned char* b,
                                              std::size_t size) {
    if (size > 8) {
        return load_word<std::uint64_t>(a) == load_word<std::uint64_t>(b) &&
               load_word<std::uint64_t>(a + size - 8) == load_word<std::uint64_t>(b + size - 8);
    }
    if (size >= 4) {
        return load_word<std::uint32_t>(a) == load_word<std::uint32_t>(b) &&
               load_word<std::uint32_t>(a + size - 4) == load_word<std::uint32_t>(b + size - 4);
    }
    for (std::size_t i = 0; i < size; ++i) {
        if (a[i] != b[i]) {
            return false;
        }
    }
    return true;
}

template <class View, std::size_t... Parts>
[[gnu::always_inline]] inline bool same_parts(const View& a, const View& b,
                                              std::index_sequence<Parts...>) {
    return (same_key(std::get<Parts>(a), std::get<Parts>(b)) && ...);
}

template <class View>
[[gnu::always_inline]] inline bool same_key(const View& a, const View& b) {
    if constexpr (requires { typename View::traits_type; }) {
        using traits = typename View::traits_type;
        using character = typename View::value_type;
        const std::size_t bytes = a.size() * sizeof(character);
        if constexpr (std::is_same_v<traits, std::char_traits<character>>) {
            if (a.size() == b.size() && bytes <= 16) {
                return same_bytes(reinterpret_cast<const unsigned char*>(a.data()),
                                  reinterpret_cast<const unsigned char*>(b.data()), bytes);
            }
        }
        return a == b;
    } else if constexpr (requires { std::tuple_size<View>::value; }) {
        return same_parts(a, b, std::make_index_sequence<std::tuple_size_v<View>>{});
    } else {
        return a == b;
    }
}

// Open addressing over a power-of-two table, at most half full: a record's group is nearly
// always in the first slot looked at. The first 32 slots are held in place, so that an
// aggregation of up to 16 groups allocates nothing for its index; past that the table doubles,
// a few times over, never per record. Slots point at groups owned elsewhere: whoever owns them
// clears the index before they move or go.
template <class Group>
class group_index {
public:
    // The group whose key equals `key`, which hashes to `hash`; nullptr when there is none.
    // Always inlined: it runs for each record, and is small once inlined. The first slot, where
    // nearly every record finds its group, is looked at before the loop over the others: both
    // compilers then make fewer instructions a record (tests/bench/instructions.sh,
    // registry_by_region: 0.78 to 0.76 of the raw loop's under g++, 0.71 to 0.70 under clang++;
    // pooling 0.36 to 0.35 and 0.25 to 0.245).
    template <class View, class KeyOf>
    [[gnu::always_inline]] Group* find(std::uint64_t hash, const View& key, KeyOf key_of) const {
        const slot* slots = slots_begin();
        const std::size_t first = hash & mask();
        const slot& here = slots[first];
        if (here.group != nullptr && here.hash == hash &&
            same_key<View>(key_of(*here.group), key)) {
            return here.group;
        }
        return here.group == nullptr ? nullptr : find_past(first, hash, key, key_of);
    }

    // A group not yet in the index.
    void insert(std::uint64_t hash, Group* group) {
        if (2 * (size_ + 1) > capacity()) {
            grow();
        }
        place(slots_begin(), mask(), {hash, group});
        ++size_;
    }

    void clear() {
        in_place_.fill({});
        grown_ = {};
        size_ = 0;
    }

    std::size_t size() const { return size_; }

private:
    struct slot {
        std::uint64_t hash = 0;
        Group* group = nullptr;
    };

    static constexpr std::size_t slots_in_place = 32;

    // The slots after the first, in turn, until the group or an empty slot.
    template <class View, class KeyOf>
    [[gnu::always_inline]] Group* find_past(std::size_t first, std::uint64_t hash, const View& key,
                                            KeyOf key_of) const {
        const slot* slots = slots_begin();
        for (std::size_t at = (first + 1) & mask();; at = (at + 1) & mask()) {
            const slot& here = slots[at];
            if (here.group == nullptr) {
                return nullptr;
            }
            if (here.hash == hash && same_key<View>(key_of(*here.group), key)) {
                return here.group;
            }
        }
    }

    std::size_t capacity() const { return grown_.empty() ? slots_in_place : grown_.size(); }
    std::size_t mask() const { return capacity() - 1; }
    const slot* slots_begin() const { return grown_.empty() ? in_place_.data() : grown_.data(); }
    slot* slots_begin() { return grown_.empty() ? in_place_.data() : grown_.data(); }

    static void place(slot* slots, std::size_t mask, slot entry) {
        std::size_t at = entry.hash & mask;
        while (slots[at].group != nullptr) {
            at = (at + 1) & mask;
        }
        slots[at] = entry;
    }

    // Twice the slots, each group placed again by the hash it was stored with.
    void grow() {
        std::vector<slot> larger(2 * capacity());
        const slot* old = slots_begin();
        for (std::size_t at = 0; at < capacity(); ++at) {
            if (old[at].group != nullptr) {
                place(larger.data(), larger.size() - 1, old[at]);
            }
        }
        grown_ = std::move(larger);
    }

    std::array<slot, slots_in_place> in_place_{};
    std::vector<slot> grown_;
    std::size_t size_ = 0;
};

}  // namespace restoration::detail
