#pragma once
// The recursive-descent parser behind parse_python_syntax (python_syntax.hpp),
// internal to prior/. One member function per rule of CPython 3.11's
// Grammar/python.gram, simplified where the PEG grammar only exists to give
// better messages. Its definitions are split by subject: python_parser.cpp
// (tokens, errors, nodes), python_statements.cpp, python_patterns.cpp and
// python_expressions.cpp.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "prior/braced_list.hpp"
#include "prior/python_lexer.hpp"
#include "prior/python_syntax.hpp"

namespace pyprior::prior::detail {

using K = SyntaxKind;
using Nodes = std::vector<SyntaxNode>;
using Children = BracedList<SyntaxNode>;

struct Position {
  int line = 0;
  int column = 0;
};

// Thrown on the first error; parse_python_syntax turns it into a SourceError.
struct ParseFailure {
  std::string message;
  Position at;
  bool at_lexer_error = false;     // the parser reached the lexer's Error token
  bool unexpected_indent = false;  // CPython reports these without looking for tokenizer errors
  std::size_t token_index = 0;     // the token the parser was looking at
};

// An operator token and the node class it makes.
struct BinaryOperator {
  std::string_view text;
  SyntaxKind kind;
};

enum class TargetUse : std::uint8_t { Assign, Delete };

// How CPython names an expression in "cannot assign to ..." messages.
std::string describe(const SyntaxNode& node);

// Recursion depth is bounded (Descent, kMaxSyntaxHeight, the tokenizer's
// bracket limit), and so is the stack as long as each frame on a recursion
// path stays small: helpers marked noinline keep their locals out of their
// callers' frames, which sanitizer builds would otherwise make several
// kilobytes each.
class PythonParser {
 public:
  PythonParser(const std::vector<PyToken>& tokens, const SyntaxOptions& options, int depth = 0)
      : tokens_(tokens), options_(options), depth_(depth) {}

  // ast.parse(mode="exec"): statements up to ENDMARKER.
  SyntaxNode parse_module();
  // ast.parse(mode="eval"): expressions NEWLINE* ENDMARKER.
  SyntaxNode parse_eval();
  // The expression of an f-string replacement field, wrapped in parentheses
  // as CPython 3.11 compiles it.
  void parse_fstring_input();

 private:
  // Counts nested descents so that deep inputs fail instead of overflowing the stack.
  class Descent {
   public:
    explicit Descent(PythonParser& parser) : parser_(parser) {
      if (parser.depth_ >= kMaxParserRecursion) parser.fail_here("too many nested expressions");
      ++parser.depth_;
    }
    ~Descent() { --parser_.depth_; }
    Descent(const Descent&) = delete;
    Descent& operator=(const Descent&) = delete;

   private:
    PythonParser& parser_;
  };

  // --- tokens
  const PyToken& token(std::size_t ahead = 0) const;
  static Position position_of(const PyToken& t) { return {t.line, t.column}; }
  // Where a token ends; string tokens may span lines.
  static Position end_of(const PyToken& t);
  static std::ptrdiff_t count_crlf(std::string_view text);
  Position here() const { return position_of(token()); }
  const PyToken& advance();
  bool at_op(std::string_view op, std::size_t ahead = 0) const;
  // Hard keywords and the soft ones (match, case, _) where they act as keywords.
  bool at_keyword(std::string_view word, std::size_t ahead = 0) const;
  bool at_identifier(std::size_t ahead = 0) const;
  bool accept_op(std::string_view op) { return at_op(op) ? (advance(), true) : false; }
  bool accept_keyword(std::string_view word) { return at_keyword(word) ? (advance(), true) : false; }
  void expect_op(std::string_view op);
  void expect_keyword(std::string_view word);
  const PyToken& expect_identifier();
  bool at_statement_end() const { return token().kind == PyTokenKind::Newline || at_op(";"); }
  // Only dedents remain: where a partial source may stop.
  bool at_end_of_input() const;
  bool starts_expression() const;

  // --- errors
  [[noreturn]] void fail(std::string message, Position at) const;
  [[noreturn]] void fail_here(std::string message = "invalid syntax") const;

  // --- nodes
  SyntaxNode make(SyntaxKind kind, Position at, Children children = {}, std::string_view text = {}) const;
  SyntaxNode make_at_token(SyntaxKind kind) { return make(kind, position_of(advance())); }
  static int tallest(const Nodes& nodes);
  // Computes the height once all of a node's lists are filled.
  void seal(SyntaxNode& node) const;

  // --- statements
  void parse_statement(Nodes& out);
  std::optional<SyntaxNode> parse_compound_statement();
  // The statements after a compound statement's ':'.
  Nodes parse_block(std::string_view what, int header_line);
  void accept_dedent();
  Nodes parse_else_block();
  void parse_simple_statements(Nodes& out);
  SyntaxNode parse_simple_statement();
  [[gnu::noinline]] SyntaxNode parse_return();
  [[gnu::noinline]] SyntaxNode parse_raise();
  [[gnu::noinline]] SyntaxNode parse_assert();
  [[gnu::noinline]] SyntaxNode parse_name_list(SyntaxKind kind);
  [[gnu::noinline]] SyntaxNode parse_del();
  // import a.b as c, d
  [[gnu::noinline]] SyntaxNode parse_import();
  SyntaxNode parse_alias(bool dotted);
  // from ..a.b import (c as d, e)
  [[gnu::noinline]] SyntaxNode parse_from_import();
  // Expression statements and the three kinds of assignment.
  [[gnu::noinline]] SyntaxNode parse_expression_statement();
  // Python 2's `print x` and `exec code`, with CPython's hint.
  void reject_legacy_statement(const SyntaxNode& first) const;
  SyntaxNode parse_assigned_value() {
    return at_keyword("yield") ? parse_yield_expression() : parse_star_expressions();
  }
  [[gnu::noinline]] SyntaxNode parse_annotated_assignment(SyntaxNode target, Position at);
  [[gnu::noinline]] SyntaxNode parse_augmented_assignment(SyntaxNode target, SyntaxKind op, Position at);
  // Names, attributes, subscripts, and tuples / lists / starred of those.
  void check_target(const SyntaxNode& node, TargetUse use);

  // --- compound statements
  [[gnu::noinline]] SyntaxNode parse_decorated();
  [[gnu::noinline]] SyntaxNode parse_async(Nodes decorators);
  [[gnu::noinline]] SyntaxNode parse_function_def(Nodes decorators, Position at, bool is_async);
  [[gnu::noinline]] SyntaxNode parse_class_def(Nodes decorators);
  // if / elif chains: an elif is an If alone in the orelse of the one before.
  [[gnu::noinline]] SyntaxNode parse_if();
  [[gnu::noinline]] SyntaxNode parse_while();
  [[gnu::noinline]] SyntaxNode parse_for(Position at, bool is_async);
  [[gnu::noinline]] SyntaxNode parse_try();
  // `node` is the Try; it becomes a TryStar with except* handlers, which cannot mix with plain ones.
  SyntaxNode parse_except_handler(SyntaxNode& node);
  [[gnu::noinline]] SyntaxNode parse_with(Position at, bool is_async);
  // `with (a as b, c):` lists items in parentheses; `with (a, b) as c:` is a
  // tuple. Like CPython's PEG parser, try the first reading and fall back;
  // when both fail, report the failure that got further.
  Nodes parse_with_items();
  Nodes parse_with_item_list();
  SyntaxNode parse_with_item();

  // --- match (a soft keyword: `match` may also be an ordinary name)
  [[gnu::noinline]] std::optional<SyntaxNode> try_parse_match();
  SyntaxNode parse_match_subject();
  SyntaxNode parse_match_body(const PyToken& keyword, SyntaxNode subject);
  SyntaxNode parse_case();
  // patterns: an open sequence `a, *b` or one pattern.
  SyntaxNode parse_patterns();
  SyntaxNode parse_maybe_star_pattern();
  // or_pattern ['as' NAME]
  SyntaxNode parse_pattern();
  SyntaxNode parse_closed_pattern();
  // -1, 2, 1 + 2j, -1 - 2j
  SyntaxNode parse_signed_number();
  SyntaxNode parse_pattern_strings();
  // A capture `x`, the wildcard `_`, a value `a.b`, or a class pattern `a.B(...)`.
  SyntaxNode parse_name_pattern();
  SyntaxNode parse_class_pattern(SyntaxNode cls, Position at);
  // `(p)` is a group, `()` and `(p,)` are sequences.
  SyntaxNode parse_group_pattern();
  SyntaxNode parse_sequence_pattern(std::string_view closer);
  SyntaxNode parse_mapping_pattern();
  SyntaxNode parse_mapping_key();

  // --- parameters
  // def and lambda parameter lists, up to (not including) `closer`.
  [[gnu::noinline]] SyntaxNode parse_parameters(std::string_view closer, bool annotations);
  struct ParameterState {
    bool seen_default = false;
    bool seen_slash = false;
    bool seen_star = false;
    bool seen_kwarg = false;
    std::optional<Position> bare_star;  // a bare `*` still waiting for a keyword-only parameter
  };
  void parse_slash(SyntaxNode& arguments, ParameterState& state);
  void parse_star_parameter(SyntaxNode& arguments, ParameterState& state, std::string_view closer, bool annotations);
  void parse_plain_parameter(SyntaxNode& arguments, ParameterState& state, bool annotations);
  void reject_default(const char* message);
  // NAME [':' annotation]; after `*` the annotation may be starred (`*args: *Ts`).
  SyntaxNode parse_parameter(bool annotations, std::string_view role, bool star_annotation);

  // --- targets
  // The targets of `for` and comprehensions: stops before `in`.
  SyntaxNode parse_target_list();
  SyntaxNode parse_single_target();

  // --- expressions
  // expression (',' expression)* [','], a Tuple when there is a comma.
  SyntaxNode parse_expressions() {
    return parse_sequence([this] { return parse_expression(); });
  }
  SyntaxNode parse_star_expressions() {
    return parse_sequence([this] { return parse_star_expression(); });
  }
  template <typename ParseElement>
  SyntaxNode parse_sequence(ParseElement parse_element) {
    const Position at = here();
    SyntaxNode first = parse_element();
    if (!at_op(",")) return first;
    Nodes items = Children{std::move(first)};
    while (accept_op(",") && starts_expression()) items.push_back(parse_element());
    return make(K::Tuple, at, std::move(items));
  }
  SyntaxNode parse_star_expression();
  SyntaxNode parse_star_named_expression();
  // NAME ':=' expression | expression
  SyntaxNode parse_named_expression();
  SyntaxNode parse_expression();
  [[gnu::noinline]] SyntaxNode parse_lambda();
  SyntaxNode parse_disjunction() { return parse_bool_op("or", K::Or, &PythonParser::parse_conjunction); }
  SyntaxNode parse_conjunction() { return parse_bool_op("and", K::And, &PythonParser::parse_inversion); }
  SyntaxNode parse_bool_op(std::string_view word, SyntaxKind kind, SyntaxNode (PythonParser::*parse_operand)());
  SyntaxNode parse_inversion();
  SyntaxNode parse_comparison();
  [[gnu::noinline]] std::optional<SyntaxNode> parse_comparison_operator();
  // Binary operators by precedence climbing over kBinaryLevels: one frame
  // per nesting level rather than one per precedence level. Operators at
  // `min_level` and tighter are taken here; the loop makes them left-associative.
  SyntaxNode parse_binary(std::size_t min_level = 0);
  struct BinaryOperatorMatch {
    SyntaxKind kind;
    std::size_t level;
  };
  std::optional<BinaryOperatorMatch> binary_operator_at(std::size_t min_level) const;
  SyntaxNode parse_factor();
  SyntaxNode parse_power();
  SyntaxNode parse_await_primary();
  // atom followed by attribute references, calls and subscripts.
  SyntaxNode parse_primary();
  // One `.name`, `(arguments)` or `[slices]` after `node`, which starts at `at`.
  [[gnu::noinline]] SyntaxNode parse_trailer(SyntaxNode node, Position at);
  // After '(' up to and including ')': positional arguments, then keywords;
  // a call (not a class) may pass one bare generator, `f(x for x in y)`.
  [[gnu::noinline]] void parse_call_arguments(Nodes& out, Position open, bool allow_generator);
  void parse_positional_argument(Nodes& out, Position open, bool allow_generator, bool only_so_far);
  // slice | slice, slice, ... (a Tuple)
  [[gnu::noinline]] SyntaxNode parse_slices();
  SyntaxNode parse_slice();
  SyntaxNode parse_atom();
  SyntaxNode constant(const PyToken& t, std::string_view type);
  [[gnu::noinline]] SyntaxNode parse_name_atom();
  [[gnu::noinline]] SyntaxNode parse_number();
  // Adjacent literals concatenate; an f-string anywhere makes a JoinedStr.
  // CPython reports most errors in a run of literals at the end of the run.
  [[gnu::noinline]] SyntaxNode parse_strings();
  std::optional<std::string> check_fstring_expression(std::string_view expression) const;
  bool at_comprehension() const { return at_keyword("for") || (at_keyword("async") && at_keyword("for", 1)); }
  [[gnu::noinline]] Nodes parse_comprehensions();
  // A display or comprehension: `element` was parsed; the rest runs to `closer`.
  [[gnu::noinline]] SyntaxNode finish_display(SyntaxKind display, SyntaxKind comprehension, Position at,
                                              SyntaxNode element, std::string_view closer);
  // () (x) (x,) (x for ...) (yield x)
  [[gnu::noinline]] SyntaxNode parse_parenthesized();
  [[gnu::noinline]] SyntaxNode parse_list();
  // {} {a: b, **c} {a: b for ...} {a, *b} {a for ...}
  [[gnu::noinline]] SyntaxNode parse_braces();
  // The rest of a dict display after its first entry (if any).
  [[gnu::noinline]] SyntaxNode finish_dict(Position at, Nodes children);
  [[gnu::noinline]] SyntaxNode parse_yield_expression();

  const std::vector<PyToken>& tokens_;
  SyntaxOptions options_;
  std::size_t pos_ = 0;
  int depth_ = 0;
};

}  // namespace pyprior::prior::detail
