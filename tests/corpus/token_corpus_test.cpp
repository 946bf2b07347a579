#include "corpus/token_corpus.hpp"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "corpus/files.hpp"
#include "prior/decoder.hpp"
#include "prior/error.hpp"
#include "prior/sampler.hpp"
#include "tests/support/scratch_dir.hpp"

namespace pyprior::corpus {
namespace {

using prior::Start;
using prior::Token;

TokenCorpus sample_corpus(const prior::DecodeConfig& cfg, int count) {
  TokenCorpus corpus = TokenCorpus::empty_for(cfg, Start::Function);
  const auto grammar = prior::compile_grammar(cfg);
  prior::WeightedSampler sampler(4);
  for (int i = 0; i < count; ++i) corpus.programs.push_back(prior::sample_tokens(grammar, Start::Function, sampler));
  return corpus;
}

// The one-line error parse_token_corpus gives, or "" when it accepts the text.
std::string error_of(std::string_view text, const prior::DecodeConfig& cfg = prior::DecodeConfig::seed(),
                     Start start = Start::Function) {
  try {
    parse_token_corpus(text, cfg, start);
    return "";
  } catch (const prior::Error& e) {
    return e.what();
  }
}

TEST(TokenCorpus, FormatThenParseGivesTheSamePrograms) {
  const TokenCorpus corpus = sample_corpus(prior::DecodeConfig::seed(), 20);
  const TokenCorpus back = parse_token_corpus(format_token_corpus(corpus), prior::DecodeConfig::seed(), Start::Function);
  EXPECT_EQ(back.programs, corpus.programs);
  EXPECT_EQ(back.fingerprint, prior::DecodeConfig::seed().fingerprint());
}

TEST(TokenCorpus, FormatIsTheDocumentedText) {
  TokenCorpus corpus = TokenCorpus::empty_for(prior::DecodeConfig::seed(), Start::Function);
  corpus.programs.push_back({Token::Def1, Token::Return, Token::NameA, Token::EndBlock});
  const std::string text = format_token_corpus(corpus);
  EXPECT_TRUE(text.starts_with("pyprior-tokens 1\nconfig " + prior::DecodeConfig::seed().fingerprint() +
                               "\nstart function\nprograms 1\n2 11 68 5\nchecksum "))
      << text;
}

TEST(TokenCorpus, EmptyCorpusRoundTrips) {
  const TokenCorpus corpus = TokenCorpus::empty_for(prior::DecodeConfig::seed(), Start::Function);
  EXPECT_TRUE(parse_token_corpus(format_token_corpus(corpus), prior::DecodeConfig::seed(), Start::Function)
                  .programs.empty());
}

TEST(TokenCorpus, AddUniqueDropsDuplicates) {
  TokenCorpus corpus = TokenCorpus::empty_for(prior::DecodeConfig::seed(), Start::Function);
  const std::vector<Token> a = {Token::Def1, Token::Return, Token::NameA, Token::EndBlock};
  const std::vector<Token> b = {Token::Def1, Token::Return, Token::Const1, Token::EndBlock};
  EXPECT_EQ(corpus.add_unique({a, b, a}), 2u);
  EXPECT_EQ(corpus.add_unique({b}), 0u);
  EXPECT_EQ(corpus.programs, (std::vector<std::vector<Token>>{a, b}));
}

TEST(TokenCorpus, TextThatIsNotACorpusIsRejected) {
  EXPECT_EQ(error_of("def func(a):\n    return a\n"),
            "not a pyprior token corpus (it does not start with 'pyprior-tokens')");
}

TEST(TokenCorpus, AnotherVersionIsRejected) {
  EXPECT_EQ(error_of("pyprior-tokens 2\nconfig x\n"), "token corpus version 2 is not supported (this build reads version 1)");
}

TEST(TokenCorpus, TruncatedFileIsRejected) {
  const std::string text = format_token_corpus(sample_corpus(prior::DecodeConfig::seed(), 5));
  for (std::size_t cut : {text.size() / 2, text.size() - 20}) {
    const std::string error = error_of(text.substr(0, cut));
    EXPECT_TRUE(error.starts_with("truncated token corpus") || error.starts_with("corrupt token corpus"))
        << "cut at " << cut << ": " << error;
  }
  EXPECT_EQ(error_of(text.substr(0, text.find("checksum"))), "truncated token corpus: it has no checksum line");
}

TEST(TokenCorpus, ChangedByteIsCaughtByTheChecksum) {
  std::string text = format_token_corpus(sample_corpus(prior::DecodeConfig::seed(), 5));
  text[text.find("programs 5\n") + 12] ^= 1;  // a digit of the first program
  EXPECT_EQ(error_of(text), "corrupt token corpus: its checksum does not match its content (changed or cut short)");
}

TEST(TokenCorpus, AnotherConfigIsRejected) {
  const std::string text = format_token_corpus(sample_corpus(prior::DecodeConfig::seed(), 3));
  EXPECT_TRUE(error_of(text, prior::DecodeConfig::fuzz()).starts_with("token corpus written for config "));
}

TEST(TokenCorpus, AnotherStartIsRejected) {
  const std::string text = format_token_corpus(sample_corpus(prior::DecodeConfig::seed(), 3));
  EXPECT_EQ(error_of(text, prior::DecodeConfig::seed(), Start::Module),
            "token corpus holds function programs, not module programs (use --start function)");
}

// format_token_corpus writes a correct checksum over whatever programs it is
// given, so these reach the decoder's check.
TEST(TokenCorpus, InvalidProgramIsRejectedWithItsPosition) {
  TokenCorpus corpus = TokenCorpus::empty_for(prior::DecodeConfig::seed(), Start::Function);
  corpus.programs.push_back({Token::Def1, Token::Return, Token::NameE, Token::EndBlock});  // e is unbound
  EXPECT_EQ(error_of(format_token_corpus(corpus)),
            "corrupt token corpus: program 1 is not a valid program: token 3: name 'e' is not definitely assigned here");
}

TEST(TokenCorpus, IncompleteProgramIsRejected) {
  TokenCorpus corpus = TokenCorpus::empty_for(prior::DecodeConfig::seed(), Start::Function);
  corpus.programs.push_back({Token::Def1, Token::Return, Token::NameA});
  EXPECT_EQ(error_of(format_token_corpus(corpus)), "corrupt token corpus: program 1 is not a valid program: it is incomplete");
}

TEST(TokenCorpus, SaveThenLoadGivesTheSamePrograms) {
  const pyprior::testing::ScratchDir scratch("pyprior-token-corpus-test");
  const std::filesystem::path path = scratch / "corpus.tokens";
  const TokenCorpus corpus = sample_corpus(prior::DecodeConfig::fuzz(), 10);
  save_token_corpus(path, corpus);
  EXPECT_EQ(load_token_corpus(path, prior::DecodeConfig::fuzz(), Start::Function).programs, corpus.programs);
}

TEST(TokenCorpus, LoadErrorsNameTheFile) {
  const pyprior::testing::ScratchDir scratch("pyprior-token-corpus-test");
  const std::filesystem::path path = scratch / "bad.tokens";
  write_file_atomically(path, "garbage");
  try {
    load_token_corpus(path, prior::DecodeConfig::seed(), Start::Function);
    FAIL() << "garbage was accepted";
  } catch (const prior::Error& e) {
    EXPECT_EQ(std::string(e.what()), path.string() + ": not a pyprior token corpus (it does not start with 'pyprior-tokens')");
  }
}

}  // namespace
}  // namespace pyprior::corpus
