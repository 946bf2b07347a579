#pragma once
// TokenSet: a set of vocabulary tokens as a 128-bit mask. The decoder's legal
// set is one of these; intersecting and counting are a few word operations.
#include <bit>
#include <cstdint>
#include <optional>
#include <vector>

#include "prior/vocabulary.hpp"

namespace pyprior::prior {

class TokenSet {
 public:
  constexpr TokenSet() = default;
  constexpr TokenSet(std::uint64_t low, std::uint64_t high) : words_{low, high} {}

  static constexpr TokenSet of(Token t) {
    TokenSet s;
    s.insert(t);
    return s;
  }
  // Tokens with ids in [first, last].
  static constexpr TokenSet range(Token first, Token last) {
    TokenSet s;
    for (int i = id(first); i <= id(last); ++i) s.insert(token_from_id(i));
    return s;
  }

  constexpr void insert(Token t) { words_[id(t) >> 6] |= std::uint64_t{1} << (id(t) & 63); }
  constexpr void erase(Token t) { words_[id(t) >> 6] &= ~(std::uint64_t{1} << (id(t) & 63)); }
  constexpr bool contains(Token t) const { return (words_[id(t) >> 6] >> (id(t) & 63)) & 1; }
  constexpr bool empty() const { return (words_[0] | words_[1]) == 0; }
  constexpr int size() const { return std::popcount(words_[0]) + std::popcount(words_[1]); }

  // The k-th token in id order (k < size()).
  constexpr Token nth(int k) const {
    const int low = std::popcount(words_[0]);
    std::uint64_t w = k < low ? words_[0] : words_[1];
    int base = k < low ? 0 : 64;
    if (k >= low) k -= low;
    for (; k > 0; --k) w &= w - 1;
    return token_from_id(base + std::countr_zero(w));
  }
  // Position of t among the set's tokens in id order (t must be a member).
  constexpr int rank(Token t) const {
    const int i = id(t);
    const std::uint64_t below = i < 64 ? (words_[0] & ((std::uint64_t{1} << i) - 1))
                                       : words_[0];
    int r = std::popcount(below);
    if (i >= 64) r += std::popcount(words_[1] & ((std::uint64_t{1} << (i - 64)) - 1));
    return r;
  }
  constexpr Token first() const { return nth(0); }

  // Calls f(token) for each member in id order.
  template <class F>
  constexpr void for_each(F&& f) const {
    find_if([&](Token t) {
      f(t);
      return false;
    });
  }
  // The first member in id order for which pred(token) holds, calling pred
  // on the members in that order until it does.
  template <class F>
  constexpr std::optional<Token> find_if(F&& pred) const {
    for (int w = 0; w < 2; ++w)
      for (std::uint64_t bits = words_[w]; bits; bits &= bits - 1) {
        const Token t = token_from_id(w * 64 + std::countr_zero(bits));
        if (pred(t)) return t;
      }
    return std::nullopt;
  }

  std::vector<Token> to_vector() const {
    std::vector<Token> out;
    out.reserve(size());
    for_each([&](Token t) { out.push_back(t); });
    return out;
  }

  constexpr std::uint64_t word(int i) const { return words_[i]; }

  constexpr TokenSet operator&(TokenSet o) const { return {words_[0] & o.words_[0], words_[1] & o.words_[1]}; }
  constexpr TokenSet operator|(TokenSet o) const { return {words_[0] | o.words_[0], words_[1] | o.words_[1]}; }
  constexpr TokenSet operator~() const { return {~words_[0], ~words_[1]}; }
  constexpr TokenSet& operator&=(TokenSet o) { return *this = *this & o; }
  constexpr TokenSet& operator|=(TokenSet o) { return *this = *this | o; }
  constexpr bool operator==(const TokenSet&) const = default;

 private:
  std::uint64_t words_[2]{0, 0};
};

}  // namespace pyprior::prior
