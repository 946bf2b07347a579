#pragma once
// BracedList<T>: a std::vector<T> written as a braced list, `{a, parse()}`,
// for building trees. Its elements are moved in, where std::initializer_list
// would copy them (a deep copy for subtrees), and they are evaluated left to
// right, which function arguments do not guarantee (the parsers rely on it:
// an element may consume input).
#include <concepts>
#include <type_traits>
#include <utility>
#include <vector>

namespace pyprior::prior {

template <typename T>
struct BracedList {
  BracedList() = default;
  BracedList(std::vector<T> elements) : items(std::move(elements)) {}  // NOLINT: implicit by design
  template <typename... Elements>
  requires(sizeof...(Elements) > 0 && (std::same_as<std::remove_cvref_t<Elements>, T> && ...))
      BracedList(Elements&&... elements) {  // NOLINT: implicit by design
    items.reserve(sizeof...(Elements));
    (items.push_back(std::forward<Elements>(elements)), ...);
  }
  operator std::vector<T>() && { return std::move(items); }  // NOLINT: implicit by design

  std::vector<T> items;
};

}  // namespace pyprior::prior
