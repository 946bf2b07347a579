#include "cli/jsonl_record.hpp"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace pyprior::cli {
namespace {

// How many characters each byte adds when escaped: 1 for \" \\ \n, 5 for
// the other control characters (\u00XX), 0 for the rest.
constexpr std::array<std::uint8_t, 256> kEscapeExtra = [] {
  std::array<std::uint8_t, 256> table{};
  for (int byte = 0; byte < 0x20; ++byte) table[byte] = 5;
  table['"'] = table['\\'] = table['\n'] = 1;
  return table;
}();

// The two characters a byte becomes when it takes the short escape (\" \\
// \n) or none (the byte, then one that the next write overwrites).
constexpr std::array<std::array<char, 2>, 256> kShortForm = [] {
  std::array<std::array<char, 2>, 256> table{};
  for (int byte = 0; byte < 256; ++byte) table[byte] = {static_cast<char>(byte), 0};
  table['"'] = {'\\', '"'};
  table['\\'] = {'\\', '\\'};
  table['\n'] = {'\\', 'n'};
  return table;
}();

std::size_t escaped_size(std::string_view text) {
  std::size_t size = text.size() + 2;
  for (const char c : text) size += kEscapeExtra[static_cast<unsigned char>(c)];
  return size;
}

bool has_control_characters(std::string_view text) {
  for (const char c : text)
    if (kEscapeExtra[static_cast<unsigned char>(c)] > 1) return true;
  return false;
}

bool fits_uint64(std::string_view digits) {
  constexpr std::string_view kMax = "18446744073709551615";
  return digits[0] != '-' && (digits.size() < kMax.size() || (digits.size() == kMax.size() && digits <= kMax));
}

// Longest int64 in decimal, sign included.
constexpr std::size_t kInt64Digits = 20;

// Writes a record into space reserved for it beforehand: one resize per
// record instead of a capacity check per character.
class Cursor {
 public:
  explicit Cursor(char* at) : p_(at) {}
  char* end() const { return p_; }

  void raw(std::string_view text) {
    std::memcpy(p_, text.data(), text.size());
    p_ += text.size();
  }
  void raw(char c) { *p_++ = c; }
  void number(long long value) { p_ = std::to_chars(p_, p_ + kInt64Digits, value).ptr; }

  // Needs one byte of room past the escaped text (the closing quote's).
  void string(std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    raw('"');
    if (!has_control_characters(text)) {
      // Without branches: a source has a newline every few characters, and
      // a mispredicted branch per line cost more than the copying.
      for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        std::memcpy(p_, kShortForm[byte].data(), 2);
        p_ += 1 + kEscapeExtra[byte];
      }
      raw('"');
      return;
    }
    for (const char c : text) {
      const auto byte = static_cast<unsigned char>(c);
      switch (kEscapeExtra[byte]) {
        case 0: raw(c); break;
        case 1:
          raw('\\');
          raw(c == '\n' ? 'n' : c);
          break;
        default:
          for (const char e : {'\\', 'u', '0', '0', kHex[byte >> 4], kHex[byte & 15]}) raw(e);
      }
    }
    raw('"');
  }

  // A number while it fits 64 bits; beyond, decimal digits in a string.
  void integer(const prior::Integer& value, const std::string& digits) {
    if (value.fits_int64()) return number(value.to_int64());
    if (fits_uint64(digits)) return raw(digits);
    string(digits);
  }

  template <typename T, typename WriteItem>
  void list(const T& items, WriteItem write_item) {
    raw('[');
    bool first = true;
    for (const auto& item : items) {
      if (!first) raw(',');
      first = false;
      write_item(item);
    }
    raw(']');
  }

 private:
  char* p_;
};

}  // namespace

void append_jsonl_record(std::string& out, std::string_view source, std::span<const prior::Token> tokens,
                         const std::vector<std::vector<prior::Integer>>& inputs,
                         const std::vector<prior::Outcome>& outputs) {
  static_assert(prior::kVocabSize <= 1000, "token ids take at most three digits");
  constexpr std::string_view kSource = "{\"source\":", kTokens = ",\"tokens\":", kInputs = ",\"inputs\":",
                             kOutputs = ",\"outputs\":", kEnd = "}\n";
  // Integers beyond 64 bits (rare: boundary values) are printed up front.
  std::vector<std::string> big_digits;
  std::size_t size = kSource.size() + escaped_size(source) + kTokens.size() + 2 + 4 * tokens.size() + kEnd.size();
  if (!inputs.empty()) {
    // Two pairs of list brackets; per tuple its brackets and a comma; per
    // value or output its text and a comma.
    size += kInputs.size() + kOutputs.size() + 4 + 3 * inputs.size();
    for (const auto& tuple : inputs)
      for (const prior::Integer& value : tuple) {
        if (value.fits_int64()) {
          size += kInt64Digits + 1;
        } else {
          big_digits.push_back(value.to_string());
          size += big_digits.back().size() + 3;
        }
      }
    for (const prior::Outcome& outcome : outputs) size += escaped_size(outcome.repr()) + 1;
  }

  const std::size_t start = out.size();
  out.resize(start + size);
  Cursor cursor(out.data() + start);
  cursor.raw(kSource);
  cursor.string(source);
  cursor.raw(kTokens);
  cursor.list(tokens, [&](prior::Token t) { cursor.number(prior::id(t)); });
  if (!inputs.empty()) {
    auto big = big_digits.begin();
    static const std::string kNoDigits;
    cursor.raw(kInputs);
    cursor.list(inputs, [&](const std::vector<prior::Integer>& tuple) {
      cursor.list(tuple, [&](const prior::Integer& value) { cursor.integer(value, value.fits_int64() ? kNoDigits : *big++); });
    });
    cursor.raw(kOutputs);
    cursor.list(outputs, [&](const prior::Outcome& outcome) { cursor.string(outcome.repr()); });
  }
  cursor.raw(kEnd);
  out.resize(static_cast<std::size_t>(cursor.end() - out.data()));
}

}  // namespace pyprior::cli
