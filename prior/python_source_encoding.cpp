#include "prior/python_source_encoding.hpp"

#include <cstdio>

namespace pyprior::prior {

namespace {

std::string_view first_line(std::string_view text) { return text.substr(0, text.find_first_of("\r\n")); }

std::string_view rest_after_line(std::string_view text) {
  const std::size_t end = text.find_first_of("\r\n");
  if (end == std::string_view::npos) return {};
  const std::size_t next = text.compare(end, 2, "\r\n") == 0 ? end + 2 : end + 1;
  return text.substr(next);
}

bool is_blank_or_comment(std::string_view line) {
  const std::size_t start = line.find_first_not_of(" \t\f");
  return start == std::string_view::npos || line[start] == '#';
}

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}

// PEP 263: ^[ \t\f]*#.*?coding[:=][ \t]*([-_.a-zA-Z0-9]+)
std::optional<std::string> coding_cookie(std::string_view line) {
  const std::size_t start = line.find_first_not_of(" \t\f");
  if (start == std::string_view::npos || line[start] != '#') return std::nullopt;
  for (std::size_t at = line.find("coding", start); at != std::string_view::npos; at = line.find("coding", at + 1)) {
    std::size_t i = at + 6;
    if (i >= line.size() || (line[i] != ':' && line[i] != '=')) continue;
    for (++i; i < line.size() && (line[i] == ' ' || line[i] == '\t');) ++i;
    std::string name;
    for (; i < line.size() && is_name_char(line[i]); ++i) name.push_back(line[i]);
    if (!name.empty()) return name;
  }
  return std::nullopt;
}

std::optional<std::string> declared_encoding(std::string_view text) {
  if (auto name = coding_cookie(first_line(text))) return name;
  if (!is_blank_or_comment(first_line(text))) return std::nullopt;
  return coding_cookie(first_line(rest_after_line(text)));
}

// CPython's get_normal_name: lower case, '_' as '-', and the two names it
// knows without the codec registry.
std::string normal_name(std::string name) {
  for (char& c : name) c = c == '_' ? '-' : static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  for (const char* latin1 : {"latin-1", "iso-8859-1", "iso-latin-1"}) {
    const std::string prefix = latin1;
    if (name == prefix || name.starts_with(prefix + "-")) return "iso-8859-1";
  }
  if (name == "utf-8" || name.starts_with("utf-8-")) return "utf-8";
  return name;
}

std::string latin1_to_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      out.push_back(c);
    } else {
      out.push_back(static_cast<char>(0xC0 | (byte >> 6)));
      out.push_back(static_cast<char>(0x80 | (byte & 0x3F)));
    }
  }
  return out;
}

std::optional<LexError> check_ascii(std::string_view text) {
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line = line + 1, line_start = i + 1;
    if (static_cast<unsigned char>(text[i]) < 0x80) continue;
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02x", static_cast<unsigned>(static_cast<unsigned char>(text[i])));
    return LexError{std::string("'ascii' codec can't decode byte ") + hex, line, static_cast<int>(i - line_start)};
  }
  return std::nullopt;
}

}  // namespace

SourceText decode_python_source(std::string_view bytes) {
  const bool bom = bytes.starts_with("\xEF\xBB\xBF");
  SourceText source{bom ? bytes.substr(3) : bytes, nullptr, std::nullopt};
  const std::optional<std::string> declared = declared_encoding(source.text);
  if (!declared) return source;
  const std::string name = normal_name(*declared);
  if (name == "utf-8" || (name == "utf8" && !bom)) return source;
  if (bom) {
    source.error = LexError{"encoding problem: " + name + " with BOM", 1, 0};
  } else if (name == "ascii" || name == "us-ascii") {
    source.error = check_ascii(source.text);
  } else {
    source.storage = std::make_shared<const std::string>(latin1_to_utf8(source.text));
    source.text = *source.storage;
  }
  return source;
}

}  // namespace pyprior::prior
