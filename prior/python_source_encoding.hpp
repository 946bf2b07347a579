#pragma once
// PEP 263 source encodings. CPython decodes source bytes as UTF-8 unless a
// `# coding: NAME` comment on one of the first two lines says otherwise.
// The tokenizer reads UTF-8, so other declared encodings are transcoded
// first: Latin-1 exactly, ASCII by checking, and every other encoding byte
// for code point as if it were Latin-1. That last reading keeps the syntax
// intact for the single-byte encodings (cp1252, koi8-r, ...), which agree
// with ASCII, though it may misjudge which of their letters are allowed in
// identifiers.
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "prior/python_lexer.hpp"

namespace pyprior::prior {

struct SourceText {
  std::string_view text;                       // UTF-8 (unless invalid, which the tokenizer reports), no BOM
  std::shared_ptr<const std::string> storage;  // owns `text` when it was transcoded
  std::optional<LexError> error;               // the declared encoding cannot be used
};

SourceText decode_python_source(std::string_view bytes);

}  // namespace pyprior::prior
