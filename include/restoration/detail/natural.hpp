// detail/natural.hpp: natural numbers of any size, for the exact products that outgrow 64 bits
// (counts of billions cross-multiplied, doubles of any exponent brought to one scale).
//
// Only the few operations the exact core needs, written for clarity over speed: the rates and
// sums of detail/exact.hpp come here only when 64 and 128 bits overflow; a mean of rates
// (mean_of_rates.hpp) keeps its sum here throughout.
#pragma once

#include <algorithm>
#include <bit>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace restoration::detail {

class natural {
public:
    natural() = default;
    explicit natural(std::uint64_t value) {
        for (; value != 0; value >>= 32) {
            limbs_.push_back(static_cast<std::uint32_t>(value));
        }
    }

    bool is_zero() const { return limbs_.empty(); }

    natural& operator*=(std::uint32_t factor) {
        std::uint64_t carry = 0;
        for (std::uint32_t& limb : limbs_) {
            const std::uint64_t product = std::uint64_t{limb} * factor + carry;
            limb = static_cast<std::uint32_t>(product);
            carry = product >> 32;
        }
        if (carry != 0) {
            limbs_.push_back(static_cast<std::uint32_t>(carry));
        }
        trim();
        return *this;
    }

    natural& times_power_of_ten(int exponent) {
        for (; exponent >= 9; exponent -= 9) {
            *this *= 1'000'000'000U;
        }
        for (; exponent > 0; --exponent) {
            *this *= 10U;
        }
        return *this;
    }

    friend natural operator*(const natural& a, const natural& b) {
        natural product;
        if (a.is_zero() || b.is_zero()) {
            return product;
        }
        product.limbs_.assign(a.limbs_.size() + b.limbs_.size(), 0);
        for (std::size_t i = 0; i < a.limbs_.size(); ++i) {
            std::uint64_t carry = 0;
            for (std::size_t j = 0; j < b.limbs_.size(); ++j) {
                const std::uint64_t sum = std::uint64_t{a.limbs_[i]} * b.limbs_[j] +
                                          product.limbs_[i + j] + carry;
                product.limbs_[i + j] = static_cast<std::uint32_t>(sum);
                carry = sum >> 32;
            }
            product.limbs_[i + b.limbs_.size()] = static_cast<std::uint32_t>(carry);
        }
        product.trim();
        return product;
    }

    natural& operator+=(const natural& other) {
        limbs_.resize(std::max(limbs_.size(), other.limbs_.size()) + 1, 0);
        std::uint64_t carry = 0;
        for (std::size_t i = 0; i < limbs_.size(); ++i) {
            const std::uint64_t sum =
                std::uint64_t{limbs_[i]} + (i < other.limbs_.size() ? other.limbs_[i] : 0) + carry;
            limbs_[i] = static_cast<std::uint32_t>(sum);
            carry = sum >> 32;
        }
        trim();
        return *this;
    }

    // Requires *this >= other.
    natural& operator-=(const natural& other) {
        std::int64_t borrow = 0;
        for (std::size_t i = 0; i < limbs_.size(); ++i) {
            std::int64_t difference = std::int64_t{limbs_[i]} - borrow -
                                      (i < other.limbs_.size() ? other.limbs_[i] : 0);
            borrow = difference < 0 ? 1 : 0;
            limbs_[i] = static_cast<std::uint32_t>(difference + (borrow << 32));
        }
        trim();
        return *this;
    }

    friend std::strong_ordering operator<=>(const natural& a, const natural& b) {
        if (a.limbs_.size() != b.limbs_.size()) {
            return a.limbs_.size() <=> b.limbs_.size();
        }
        for (std::size_t i = a.limbs_.size(); i-- > 0;) {
            if (a.limbs_[i] != b.limbs_[i]) {
                return a.limbs_[i] <=> b.limbs_[i];
            }
        }
        return std::strong_ordering::equal;
    }
    friend bool operator==(const natural&, const natural&) = default;

    // *this / divisor when the quotient is below 2^64 (else nothing); `remainder` gets the rest.
    // Bit by bit, from the highest bit the quotient can have. divisor > 0.
    std::optional<std::uint64_t> divide(const natural& divisor, natural& remainder) const {
        remainder = *this;
        const std::size_t length = bits();
        const std::size_t divisor_length = divisor.bits();
        if (length < divisor_length) {
            return 0;
        }
        std::size_t bit = length - divisor_length;
        if (bit >= 64) {
            if (*this >= divisor.shifted_left(64)) {
                return std::nullopt;
            }
            bit = 63;
        }
        std::uint64_t quotient = 0;
        for (std::size_t b = bit + 1; b-- > 0;) {
            const natural part = divisor.shifted_left(b);
            if (remainder >= part) {
                remainder -= part;
                quotient |= std::uint64_t{1} << b;
            }
        }
        return quotient;
    }

    // The number in decimal digits: "1234". Written last digit first and turned round once:
    // inserting each digit at the front moved all the others, for every digit.
    std::string decimal_digits() const {
        natural left = *this;
        std::string digits;
        while (!left.is_zero()) {
            std::uint64_t rest = 0;  // divides by 10^9, from the top limb down
            for (std::size_t i = left.limbs_.size(); i-- > 0;) {
                const std::uint64_t part = (rest << 32) | left.limbs_[i];
                left.limbs_[i] = static_cast<std::uint32_t>(part / 1'000'000'000U);
                rest = part % 1'000'000'000U;
            }
            left.trim();
            for (int k = 0; k < 9 && (rest != 0 || !left.is_zero()); ++k, rest /= 10) {
                digits.push_back(static_cast<char>('0' + rest % 10));
            }
        }
        std::reverse(digits.begin(), digits.end());
        return digits.empty() ? "0" : digits;
    }

private:
    std::size_t bits() const {
        return limbs_.empty() ? 0
                              : 32 * limbs_.size() - static_cast<std::size_t>(
                                                         std::countl_zero(limbs_.back()));
    }

    natural shifted_left(std::size_t by) const {
        natural shifted;
        if (is_zero()) {
            return shifted;
        }
        const std::size_t whole = by / 32;
        const std::size_t part = by % 32;
        shifted.limbs_.assign(whole, 0);
        std::uint32_t carry = 0;
        for (std::uint32_t limb : limbs_) {
            shifted.limbs_.push_back(part == 0 ? limb : (limb << part) | carry);
            carry = part == 0 ? 0 : limb >> (32 - part);
        }
        shifted.limbs_.push_back(carry);
        shifted.trim();
        return shifted;
    }

    void trim() {
        while (!limbs_.empty() && limbs_.back() == 0) {
            limbs_.pop_back();
        }
    }

    std::vector<std::uint32_t> limbs_;  // least significant first, no zero at the top
};

}  // namespace restoration::detail
