#pragma once
// The Unicode facts the Python tokenizer needs: UTF-8 decoding and which
// code points may appear in identifiers (Python 3.11, Unicode 14, after the
// NFKC normalization CPython applies to identifiers).
#include <cstdint>
#include <string_view>

namespace pyprior::prior {

struct DecodedCodePoint {
  char32_t value = 0;
  int length = 0;  // bytes; 0 when the bytes at the position are not valid UTF-8
};

// Decodes the code point starting at `offset` (< text.size()). Rejects
// overlong forms, surrogates and values above U+10FFFF, as CPython does.
DecodedCodePoint decode_utf8(std::string_view text, std::size_t offset);

enum class IdentifierClass : std::uint8_t {
  Start,         // may begin an identifier (XID_Start, or '_')
  Continue,      // may only follow the first character (XID_Continue)
  Invalid,       // printable, not in identifiers: "invalid character"
  NonPrintable,  // "invalid non-printable character"
};

// For code points from U+0080 up.
IdentifierClass classify_identifier_code_point(char32_t code_point);

}  // namespace pyprior::prior
