#pragma once
// The source parser: Python that people write -> the language's Node tree
// (ast.hpp), with canonical names, or a SourceError that says which stage
// refused it, where, and the CPython `ast` class of the offending node.
//
// It accepts any formatting CPython accepts (comments, blank lines,
// redundant or missing parentheses, `;`, one-line bodies, elif chains) and
// any names: the function becomes `func`, parameters a, b, c in order, and
// locals d, e, f, ... in the order of their first binding in the text (a
// for-loop variable or an assignment target). Reads are not checked for
// definite assignment here; the decoder does that when it validates.
//
// Mapping: `x = e` Assign, `x += e` AugAssign (x must be bound earlier in the
// text), if/elif/else If or IfElse (elif nests in the else block), bare
// `return` and `return None` ReturnNone, `for x in range(e):` For,
// `while c:` While, break, continue; + - * // % & | ^ << >> comparisons,
// two-comparison chains (Chain), unary - ~ not, and / or (left-nested),
// `x if c else y` (IfExp: test, body, orelse), abs/min/max calls, and int
// literals that have a token. Everything else is refused with its CPython
// class name: "Call", "Pow", "Constant[str]", "Tuple", ...
#include <optional>
#include <string_view>
#include <vector>

#include "prior/ast.hpp"
#include "prior/config.hpp"
#include "prior/source_error.hpp"

namespace pyprior::prior {

struct ParseOptions {
  // The source may stop where a block is expected, as in the prompt
  // "def func(a, b):". The blocks on the right spine are then left open.
  bool partial = false;
};

struct ParsedSource {
  std::optional<SourceError> error;  // set => root is meaningless
  // Start::Function: a Def<k> node. Start::Module: an EndModule node with one
  // Def child. Start::Block: an EndBlock node. Start::Expr: the expression.
  Node root;
  // False when partial and the source stopped inside a block: every node on
  // the right spine that the source leaves unfinished has `open` set.
  bool complete = false;
};

// Start::Function expects exactly one `def`; Start::Module a module holding
// exactly one def (the entry function; calls between functions come later);
// Start::Block statements at indentation 0 and Start::Expr one expression,
// both already using canonical names (a..m). Never throws for any input.
ParsedSource parse_python(std::string_view source, Start start, const ParseOptions& options = {});

// Each top-level `def` of a module parsed on its own as Start::Function, for
// corpora that keep one record per function; every other top-level statement
// gives an entry with an unsupported_syntax error naming its node type. A
// source that is not Python gives one entry with its python_parse error.
std::vector<ParsedSource> parse_top_level_functions(std::string_view source);

}  // namespace pyprior::prior
