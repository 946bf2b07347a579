#pragma once
// Token corpora: programs as token ids in a versioned text file that records
// the config they were written under, so a corpus is never read back under a
// different language.
//
// Format, version 1 (one item per line, '\n' line ends):
//   pyprior-tokens 1
//   config <DecodeConfig::fingerprint()>
//   start <function|module|block|expr>
//   programs <N>
//   <token ids of program 1, separated by single spaces>
//   ... N program lines ...
//   checksum <16 hex digits: FNV-1a 64 of every byte before this line>
//
// Reading checks, in this order, and reports the first failure as one line
// (prior::Error): the header (not a token corpus, unknown version), the
// checksum line (missing: truncated; wrong: corrupt), the config fingerprint
// and start, then every program against the decoder.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "prior/config.hpp"

namespace pyprior::corpus {

inline constexpr int kTokenCorpusVersion = 1;

struct TokenCorpus {
  std::string fingerprint;  // DecodeConfig::fingerprint() of the config the programs are valid for
  prior::Start start = prior::Start::Function;
  std::vector<std::vector<prior::Token>> programs;

  // An empty corpus for a config.
  static TokenCorpus empty_for(const prior::DecodeConfig& cfg, prior::Start start);

  // Appends the programs not already present; returns how many were new.
  std::size_t add_unique(const std::vector<std::vector<prior::Token>>& more);
};

std::string format_token_corpus(const TokenCorpus& corpus);

// Parses and checks a corpus for cfg and start. Throws prior::Error.
TokenCorpus parse_token_corpus(std::string_view text, const prior::DecodeConfig& cfg, prior::Start start);

// File versions; errors name the file. save writes a temporary file and
// renames it, so an interrupted save never leaves a truncated corpus.
TokenCorpus load_token_corpus(const std::filesystem::path& path, const prior::DecodeConfig& cfg, prior::Start start);
void save_token_corpus(const std::filesystem::path& path, const TokenCorpus& corpus);

}  // namespace pyprior::corpus
