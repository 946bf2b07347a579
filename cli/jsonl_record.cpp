#include "cli/jsonl_record.hpp"

#include <charconv>

namespace pyprior::cli {
namespace {

void append_number(std::string& out, long long value) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  out.append(digits, end);
}

void append_string(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (byte < 0x20) {
      out += "\\u00";
      out += kHex[byte >> 4];
      out += kHex[byte & 15];
    } else {
      out += c;
    }
  }
  out += '"';
}

bool fits_uint64(std::string_view digits) {
  constexpr std::string_view kMax = "18446744073709551615";
  return digits[0] != '-' && (digits.size() < kMax.size() || (digits.size() == kMax.size() && digits <= kMax));
}

void append_integer(std::string& out, const prior::Integer& value) {
  if (value.fits_int64()) return append_number(out, value.to_int64());
  const std::string digits = value.to_string();
  if (fits_uint64(digits))
    out += digits;
  else
    append_string(out, digits);
}

template <typename T, typename AppendItem>
void append_list(std::string& out, const T& items, AppendItem append_item) {
  out += '[';
  bool first = true;
  for (const auto& item : items) {
    if (!first) out += ',';
    first = false;
    append_item(item);
  }
  out += ']';
}

}  // namespace

void append_jsonl_record(std::string& out, std::string_view source, std::span<const prior::Token> tokens,
                         const std::vector<std::vector<prior::Integer>>& inputs,
                         const std::vector<prior::Outcome>& outputs) {
  out += "{\"source\":";
  append_string(out, source);
  out += ",\"tokens\":";
  append_list(out, tokens, [&](prior::Token t) { append_number(out, prior::id(t)); });
  if (!inputs.empty()) {
    out += ",\"inputs\":";
    append_list(out, inputs, [&](const std::vector<prior::Integer>& tuple) {
      append_list(out, tuple, [&](const prior::Integer& value) { append_integer(out, value); });
    });
    out += ",\"outputs\":";
    append_list(out, outputs, [&](const prior::Outcome& outcome) { append_string(out, outcome.repr()); });
  }
  out += "}\n";
}

}  // namespace pyprior::cli
