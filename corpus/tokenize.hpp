#pragma once
// tokenize: Python source -> AST-CD tokens and a resumable decoder state, the
// seed's batch `tokenize(sources, cfg, start, partial)`.
//
// A source becomes a program in two steps: the source parser
// (prior/parser.hpp) reads it into a tree with canonical names, then the
// decoder replays the tree's tokens under the config, which decides what the
// parser cannot: feature flags, const_range and arities, depths, the token
// budget and definite assignment. Every failure is a structured error whose
// stage says how far the source got:
//   python_parse        not Python at all (exactly what CPython's ast.parse rejects)
//   unsupported_syntax  Python, but outside the language
//   name_normalization  names that cannot be made canonical, or used before they are bound
//   vocab_encode        a construct or value the config has no token for
//   budget              over a size limit of the config (depths, max_block_stmts, max_len)
//
// With partial = true a source may stop where a block has not yet begun, as
// in the prompt "def func(a, b):"; the result is then not complete, and its
// state continues the program (prior/batch.hpp decode()).
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "prior/decoder.hpp"
#include "prior/source_error.hpp"

namespace pyprior::corpus {

using TokenizeError = prior::SourceError;

struct TokenizeResult {
  bool ok = false;
  std::vector<prior::Token> tokens;       // the program; on a decoder error, the longest valid prefix
  prior::Start start = prior::Start::Function;
  std::optional<prior::Decoder> state;    // ok: the decoder after tokens, resumable
  bool complete = false;                  // ok: the program needs no more tokens
  std::string normalized_source;          // ok and complete: canonical source (prior/codec.hpp)
  std::optional<TokenizeError> error;     // not ok: why
};

struct TokenizeBatch {
  std::vector<TokenizeResult> results;  // one per source, in order
};

// The seed's batch API. Throws prior::Error only for an unusable config.
TokenizeBatch tokenize(const std::vector<std::string>& sources, const prior::DecodeConfig& cfg,
                       prior::Start start = prior::Start::Function, bool partial = false);

// One source against a compiled config. Never throws for any source bytes.
TokenizeResult tokenize_source(std::string_view source, const std::shared_ptr<const prior::Grammar>& grammar,
                               prior::Start start, bool partial = false);

// A file as one record per top-level function (`def` at column 0, each
// tokenized as a FUNCTION), the way `pyprior tokenize` and the audit read
// real code. Errors carry file lines. A file that is not Python at all gives
// a single python_parse record.
std::vector<TokenizeResult> tokenize_functions(std::string_view file, const std::shared_ptr<const prior::Grammar>& grammar);

// A file as records: per top-level function for Start::Function
// (tokenize_functions), else the whole file as one record.
std::vector<TokenizeResult> tokenize_records(std::string_view file, const std::shared_ptr<const prior::Grammar>& grammar,
                                             prior::Start start);

// The stage an illegal token maps to (see the table above).
std::string_view stage_of(prior::IllegalReason reason);

// A prompt such as "def func(a, b):" as the decoder state that continues it:
// what `pyprior sample --prompt` starts from. Throws prior::Error with one
// line ("prompt: <stage> at line L, column C: <message>") when the prompt is
// not a valid partial program for the config and start.
prior::Decoder prompt_state(std::string_view prompt, const prior::DecodeConfig& cfg, prior::Start start);

}  // namespace pyprior::corpus
