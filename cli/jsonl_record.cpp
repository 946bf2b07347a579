#include "cli/jsonl_record.hpp"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "prior/codec.hpp"

namespace pyprior::cli {
namespace {

// What each byte becomes inside a JSON string: itself, a short escape
// (\" \\ \n) or \u00XX for the other control characters.
struct Escaped {
  std::array<char, 6> text;
  std::uint8_t length;
};
constexpr std::array<Escaped, 256> kEscaped = [] {
  constexpr char kHex[] = "0123456789abcdef";
  std::array<Escaped, 256> table{};
  for (int byte = 0; byte < 256; ++byte) table[byte] = {{static_cast<char>(byte)}, 1};
  for (int byte = 0; byte < 0x20; ++byte) table[byte] = {{'\\', 'u', '0', '0', kHex[byte >> 4], kHex[byte & 15]}, 6};
  table['"'] = {{'\\', '"'}, 2};
  table['\\'] = {{'\\', '\\'}, 2};
  table['\n'] = {{'\\', 'n'}, 2};
  return table;
}();
// Cursor::string writes all six characters of every byte's entry and moves
// on by its length, so it may write this many bytes past its end.
constexpr std::size_t kStringOverrun = 5;

std::size_t escaped_size(std::string_view text) {
  std::size_t size = 2;
  for (const char c : text) size += kEscaped[static_cast<unsigned char>(c)].length;
  return size;
}

bool fits_uint64(std::string_view digits) {
  constexpr std::string_view kMax = "18446744073709551615";
  return digits[0] != '-' && (digits.size() < kMax.size() || (digits.size() == kMax.size() && digits <= kMax));
}

// Token ids in decimal, made once: a record has a dozen or more of them.
struct IdText {
  std::array<char, 4> digits;
  std::uint8_t length;
};
const std::array<IdText, prior::kVocabSize> kIdText = [] {
  std::array<IdText, prior::kVocabSize> table{};
  for (int id = 0; id < prior::kVocabSize; ++id) {
    IdText& entry = table[static_cast<std::size_t>(id)];
    entry.length = static_cast<std::uint8_t>(std::to_chars(entry.digits.data(), entry.digits.data() + 4, id).ptr -
                                             entry.digits.data());
  }
  return table;
}();

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
  // All four bytes of the entry, then on by its length: the record's space has them.
  void token(prior::Token t) {
    const IdText& text = kIdText[static_cast<std::size_t>(prior::id(t))];
    std::memcpy(p_, text.digits.data(), text.digits.size());
    p_ += text.length;
  }

  // Without a branch per byte. In a sampled program's record the strings are
  // its outputs, a few bytes each (the source is rendered in place).
  void string(std::string_view text) {
    raw('"');
    for (const char c : text) {
      const Escaped& escaped = kEscaped[static_cast<unsigned char>(c)];
      std::memcpy(p_, escaped.text.data(), escaped.text.size());
      p_ += escaped.length;
    }
    raw('"');
  }

  // Beyond int64: a number while it fits 64 bits unsigned, else a string.
  void big_integer(const std::string& digits) {
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

constexpr std::string_view kSource = "{\"source\":";

// Everything after the source: the token ids, and with inputs the inputs and
// the outputs, then the end of the record.
void append_after_source(std::string& out, std::span<const prior::Token> tokens,
                         const std::vector<std::vector<prior::Integer>>& inputs,
                         const std::vector<prior::Outcome>& outputs) {
  static_assert(prior::kVocabSize <= 1000, "token ids take at most three digits");
  constexpr std::string_view kTokens = ",\"tokens\":", kInputs = ",\"inputs\":", kOutputs = ",\"outputs\":",
                             kEnd = "}\n";
  // Integers beyond 64 bits (rare: boundary values) are printed up front.
  std::vector<std::string> big_digits;
  std::size_t size = kTokens.size() + 2 + 4 * tokens.size() + kEnd.size() + kStringOverrun;
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
  cursor.raw(kTokens);
  cursor.list(tokens, [&](prior::Token t) { cursor.token(t); });
  if (!inputs.empty()) {
    auto big = big_digits.begin();
    cursor.raw(kInputs);
    cursor.list(inputs, [&](const std::vector<prior::Integer>& tuple) {
      cursor.list(tuple, [&](const prior::Integer& value) {
        if (value.fits_int64())
          cursor.number(value.to_int64());
        else
          cursor.big_integer(*big++);
      });
    });
    cursor.raw(kOutputs);
    cursor.list(outputs, [&](const prior::Outcome& outcome) { cursor.string(outcome.repr()); });
  }
  cursor.raw(kEnd);
  out.resize(static_cast<std::size_t>(cursor.end() - out.data()));
}

}  // namespace

void append_jsonl_record(std::string& out, std::string_view source, std::span<const prior::Token> tokens,
                         const std::vector<std::vector<prior::Integer>>& inputs,
                         const std::vector<prior::Outcome>& outputs) {
  const std::size_t start = out.size();
  out.resize(start + kSource.size() + escaped_size(source) + kStringOverrun);
  Cursor cursor(out.data() + start);
  cursor.raw(kSource);
  cursor.string(source);
  out.resize(static_cast<std::size_t>(cursor.end() - out.data()));
  append_after_source(out, tokens, inputs, outputs);
}

void append_jsonl_program_record(std::string& out, std::span<const prior::Token> tokens, prior::Start start,
                                 const std::vector<std::vector<prior::Integer>>& inputs,
                                 const std::vector<prior::Outcome>& outputs) {
  out += kSource;
  out += '"';
  prior::append_source(tokens, start, out, "\\n");
  out += '"';
  append_after_source(out, tokens, inputs, outputs);
}

}  // namespace pyprior::cli
