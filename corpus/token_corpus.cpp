#include "corpus/token_corpus.hpp"

#include <charconv>
#include <set>

#include "corpus/content_hash.hpp"
#include "corpus/files.hpp"
#include "prior/decoder.hpp"
#include "prior/error.hpp"

namespace pyprior::corpus {
namespace {

constexpr std::string_view kMagic = "pyprior-tokens";

// Splits text into lines, remembering where each starts (for the checksum).
struct Lines {
  explicit Lines(std::string_view text) : text_(text) {}

  bool done() const { return at_ >= text_.size(); }
  std::size_t offset() const { return at_; }
  std::string_view next() {
    const std::size_t end = text_.find('\n', at_);
    const std::string_view line = text_.substr(at_, end == std::string_view::npos ? std::string_view::npos : end - at_);
    at_ = end == std::string_view::npos ? text_.size() : end + 1;
    return line;
  }

 private:
  std::string_view text_;
  std::size_t at_ = 0;
};

[[noreturn]] void fail(const std::string& why) { throw prior::Error(why); }

// "key value" -> value, or fail.
std::string_view field(std::string_view line, std::string_view key) {
  if (line.substr(0, key.size() + 1) != std::string(key) + " ")
    fail("corrupt token corpus: expected a '" + std::string(key) + "' line, found '" + std::string(line.substr(0, 40)) + "'");
  return line.substr(key.size() + 1);
}

template <class Int>
bool parse_int(std::string_view text, Int& out) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  return error == std::errc() && end == text.data() + text.size() && !text.empty();
}

std::vector<prior::Token> parse_program(std::string_view line, std::size_t index) {
  std::vector<prior::Token> program;
  while (!line.empty()) {
    const std::size_t space = line.find(' ');
    const std::string_view word = line.substr(0, space);
    int token_id = -1;
    if (!parse_int(word, token_id) || !prior::is_valid_id(token_id))
      fail("corrupt token corpus: program " + std::to_string(index + 1) + " holds '" + std::string(word.substr(0, 20)) +
           "', which is not a token id");
    program.push_back(prior::token_from_id(token_id));
    line = space == std::string_view::npos ? std::string_view() : line.substr(space + 1);
  }
  return program;
}

// The header and the checksum, before anything else is believed.
void check_envelope(std::string_view text) {
  Lines lines(text);
  const std::string_view magic = lines.next();
  if (magic.substr(0, kMagic.size()) != kMagic) fail("not a pyprior token corpus (it does not start with 'pyprior-tokens')");
  int version = 0;
  if (!parse_int(field(magic, kMagic), version)) fail("corrupt token corpus: bad version line '" + std::string(magic) + "'");
  if (version != kTokenCorpusVersion)
    fail("token corpus version " + std::to_string(version) + " is not supported (this build reads version " +
         std::to_string(kTokenCorpusVersion) + ")");
  const std::size_t checksum_at = text.rfind("\nchecksum ");
  if (checksum_at == std::string_view::npos) fail("truncated token corpus: it has no checksum line");
  std::string_view checksum = text.substr(checksum_at + 10);
  if (!checksum.empty() && checksum.back() == '\n') checksum.remove_suffix(1);
  if (checksum != hex64(fnv1a(text.substr(0, checksum_at + 1))))
    fail("corrupt token corpus: its checksum does not match its content (changed or cut short)");
}

}  // namespace

TokenCorpus TokenCorpus::empty_for(const prior::DecodeConfig& cfg, prior::Start start) {
  return TokenCorpus{cfg.fingerprint(), start, {}};
}

std::size_t TokenCorpus::add_unique(const std::vector<std::vector<prior::Token>>& more) {
  std::set<std::vector<prior::Token>> seen(programs.begin(), programs.end());
  std::size_t added = 0;
  for (const auto& program : more)
    if (seen.insert(program).second) {
      programs.push_back(program);
      ++added;
    }
  return added;
}

std::string format_token_corpus(const TokenCorpus& corpus) {
  std::string text = std::string(kMagic) + " " + std::to_string(kTokenCorpusVersion) + "\n";
  text += "config " + corpus.fingerprint + "\n";
  text += "start " + std::string(prior::start_name(corpus.start)) + "\n";
  text += "programs " + std::to_string(corpus.programs.size()) + "\n";
  for (const auto& program : corpus.programs) {
    for (std::size_t i = 0; i < program.size(); ++i) {
      if (i > 0) text += ' ';
      text += std::to_string(prior::id(program[i]));
    }
    text += '\n';
  }
  text += "checksum " + hex64(fnv1a(text)) + "\n";
  return text;
}

TokenCorpus parse_token_corpus(std::string_view text, const prior::DecodeConfig& cfg, prior::Start start) {
  check_envelope(text);
  Lines lines(text);
  lines.next();  // magic and version, checked
  TokenCorpus corpus;
  corpus.fingerprint = std::string(field(lines.next(), "config"));
  if (corpus.fingerprint != cfg.fingerprint())
    fail("token corpus written for config " + corpus.fingerprint + ", not for this config (" + cfg.fingerprint() +
         "): use the --profile and --max-len it was written with");
  const std::string_view start_text = field(lines.next(), "start");
  const auto written_start = prior::start_from_name(start_text);
  if (!written_start) fail("corrupt token corpus: unknown start '" + std::string(start_text) + "'");
  corpus.start = *written_start;
  if (corpus.start != start)
    fail("token corpus holds " + std::string(start_text) + " programs, not " + std::string(prior::start_name(start)) +
         " programs (use --start " + std::string(start_text) + ")");
  std::size_t count = 0;
  if (!parse_int(field(lines.next(), "programs"), count)) fail("corrupt token corpus: bad program count");
  const auto grammar = prior::compile_grammar(cfg);
  for (std::size_t i = 0; i < count; ++i) {
    const std::string_view line = lines.next();
    if (line.starts_with("checksum ") || lines.done())
      fail("truncated token corpus: it promises " + std::to_string(count) + " programs but holds " + std::to_string(i));
    corpus.programs.push_back(parse_program(line, i));
    const prior::Validation v = prior::validate(corpus.programs.back(), grammar, start);
    if (!v.ok || !v.complete)
      fail("corrupt token corpus: program " + std::to_string(i + 1) + " is not a valid program: " +
           (v.illegal ? "token " + std::to_string(v.position + 1) + ": " + v.illegal->message : "it is incomplete"));
  }
  if (!lines.next().starts_with("checksum ")) fail("corrupt token corpus: it holds more programs than it promises");
  return corpus;
}

TokenCorpus load_token_corpus(const std::filesystem::path& path, const prior::DecodeConfig& cfg, prior::Start start) {
  const std::string text = read_file(path);
  try {
    return parse_token_corpus(text, cfg, start);
  } catch (const prior::Error& e) {
    throw prior::Error(path.string() + ": " + e.what());
  }
}

void save_token_corpus(const std::filesystem::path& path, const TokenCorpus& corpus) {
  write_file_atomically(path, format_token_corpus(corpus));
}

}  // namespace pyprior::corpus
