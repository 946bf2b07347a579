#include "corpus/tokenize.hpp"

#include "prior/codec.hpp"
#include "prior/error.hpp"
#include "prior/parser.hpp"
#include "prior/python_source_encoding.hpp"
#include "prior/python_syntax.hpp"

namespace pyprior::corpus {
namespace {

using prior::Category;
using prior::Token;

// The CPython `ast` class of the node a token stands for.
std::string node_type_of(Token t) {
  switch (t) {
    case Token::IfElse: return "If";
    case Token::ReturnNone: return "Return";
    case Token::AugAssign: return "AugAssign";
    default: break;
  }
  switch (prior::info(t).category) {
    case Category::FunctionDef: return "FunctionDef";
    case Category::Statement: {
      const std::string_view name = prior::info(t).name;  // assign, if, return, for, while, break, continue
      return std::string(1, static_cast<char>(name[0] - 'a' + 'A')) + std::string(name.substr(1));
    }
    case Category::BinaryOp: return "BinOp";
    case Category::Comparison:
    case Category::Chain: return "Compare";
    case Category::UnaryOp: return "UnaryOp";
    case Category::BoolOp: return "BoolOp";
    case Category::Conditional: return "IfExp";
    case Category::Builtin: return "Call";
    case Category::Constant: return "Constant[int]";
    case Category::Name: return "Name";
    default: return "";
  }
}

// The line of the first top-level statement: decoder errors have no finer
// position (the tree carries none), so they point at the definition.
TokenizeResult rejected(Token token, const prior::Illegal& illegal, std::vector<Token> prefix, prior::Start start,
                        int line) {
  TokenizeResult result;
  result.start = start;
  result.tokens = std::move(prefix);
  result.error = TokenizeError{std::string(stage_of(illegal.reason)), illegal.message, line, 0, node_type_of(token)};
  return result;
}

// Replays the parsed tree through the decoder, which checks what the parser
// does not: the config's features, ranges, depths, budget and scope.
TokenizeResult validate_tree(const prior::ParsedSource& parsed, const std::shared_ptr<const prior::Grammar>& grammar,
                             prior::Start start, int line) {
  const std::vector<Token> tokens = prior::ast_to_tokens(parsed.root);
  prior::Decoder decoder(grammar, start);
  for (Token t : tokens)
    if (const auto illegal = decoder.try_advance(t))
      return rejected(t, *illegal, {decoder.tokens().begin(), decoder.tokens().end()}, start, line);
  TokenizeResult result;
  result.start = start;
  result.complete = decoder.is_complete();
  result.ok = true;
  result.tokens = tokens;
  if (result.complete) result.normalized_source = prior::ast_to_source(parsed.root);
  result.state = std::move(decoder);
  return result;
}

TokenizeResult from_parsed(const prior::ParsedSource& parsed, const std::shared_ptr<const prior::Grammar>& grammar,
                           prior::Start start, int line) {
  if (!parsed.error) return validate_tree(parsed, grammar, start, line);
  TokenizeResult result;
  result.start = start;
  result.error = *parsed.error;
  return result;
}

// The first line holding code (what a decoder error points at).
int first_code_line(std::string_view source) {
  int line = 1;
  for (std::size_t at = 0; at < source.size();) {
    const std::size_t end = std::min(source.find('\n', at), source.size());
    const std::string_view text = source.substr(at, end - at);
    const std::size_t first = text.find_first_not_of(" \t\r\f");
    if (first != std::string_view::npos && text[first] != '#') return line;
    at = end + 1;
    ++line;
  }
  return 1;
}

bool is_function_definition(const prior::SyntaxNode& statement) {
  return statement.kind == prior::SyntaxKind::FunctionDef || statement.kind == prior::SyntaxKind::AsyncFunctionDef;
}

}  // namespace

std::string_view stage_of(prior::IllegalReason reason) {
  switch (reason) {
    case prior::IllegalReason::NotInScope: return "name_normalization";
    case prior::IllegalReason::Disabled:
    case prior::IllegalReason::Grammar: return "vocab_encode";
    case prior::IllegalReason::Depth:
    case prior::IllegalReason::Budget: return "budget";
    case prior::IllegalReason::OutsideLoop:  // ast.parse accepts a stray break; the compiler refuses it
    case prior::IllegalReason::Complete: return "unsupported_syntax";
  }
  return "unsupported_syntax";
}

TokenizeResult tokenize_source(std::string_view source, const std::shared_ptr<const prior::Grammar>& grammar,
                               prior::Start start, bool partial) {
  return from_parsed(prior::parse_python(source, start, prior::ParseOptions{partial}), grammar, start,
                     first_code_line(source));
}

TokenizeBatch tokenize(const std::vector<std::string>& sources, const prior::DecodeConfig& cfg, prior::Start start,
                       bool partial) {
  const auto grammar = prior::compile_grammar(cfg);
  TokenizeBatch batch;
  batch.results.reserve(sources.size());
  for (const std::string& source : sources) batch.results.push_back(tokenize_source(source, grammar, start, partial));
  return batch;
}

std::vector<TokenizeResult> tokenize_functions(std::string_view file, const std::shared_ptr<const prior::Grammar>& grammar) {
  const std::vector<prior::ParsedSource> entries = prior::parse_top_level_functions(file);
  // parse_top_level_functions gives one entry per top-level statement; keep
  // those that are definitions. The syntax tree says which they are.
  const prior::SourceText text = prior::decode_python_source(file);
  const prior::SyntaxParse syntax = prior::parse_python_syntax(text.text);
  const auto& statements = syntax.root.body;
  std::vector<TokenizeResult> results;
  if (text.error || syntax.error || statements.size() != entries.size()) {
    for (const prior::ParsedSource& entry : entries) results.push_back(from_parsed(entry, grammar, prior::Start::Function, 1));
    return results;
  }
  for (std::size_t i = 0; i < entries.size(); ++i)
    if (is_function_definition(statements[i]))
      results.push_back(from_parsed(entries[i], grammar, prior::Start::Function,
                                    statements[i].decorators.empty() ? statements[i].line : statements[i].decorators[0].line));
  return results;
}

std::vector<TokenizeResult> tokenize_records(std::string_view file, const std::shared_ptr<const prior::Grammar>& grammar,
                                             prior::Start start) {
  if (start == prior::Start::Function) return tokenize_functions(file, grammar);
  std::vector<TokenizeResult> records;
  records.push_back(tokenize_source(file, grammar, start));
  return records;
}

prior::Decoder prompt_state(std::string_view prompt, const prior::DecodeConfig& cfg, prior::Start start) {
  TokenizeResult result = tokenize_source(prompt, prior::compile_grammar(cfg), start, /*partial=*/true);
  if (!result.ok) {
    const TokenizeError& e = *result.error;
    throw prior::Error("prompt: " + e.stage + " at line " + std::to_string(e.line) + ", column " +
                       std::to_string(e.column) + ": " + e.message);
  }
  return std::move(*result.state);
}

}  // namespace pyprior::corpus
