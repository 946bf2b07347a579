#pragma once
// A syntax tree of full Python 3.11 in CPython's `ast` vocabulary, and the
// recursive-descent parser that builds it. The source parser (parser.hpp)
// lowers this tree onto the language's Node tree; keeping the two apart lets
// this layer answer "is it Python at all?" the way ast.parse does, while the
// lowering answers "is it in the subset?".
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "prior/source_error.hpp"

namespace pyprior::prior {

// Node classes of CPython's `ast` module, named exactly as there.
// clang-format off
#define PYPRIOR_SYNTAX_KINDS(X)                                                                        \
  /* statements */                                                                                     \
  X(Module) X(FunctionDef) X(AsyncFunctionDef) X(ClassDef) X(Return) X(Delete) X(Assign) X(AugAssign)  \
  X(AnnAssign) X(For) X(AsyncFor) X(While) X(If) X(With) X(AsyncWith) X(Match) X(Raise) X(Try)        \
  X(TryStar) X(Assert) X(Import) X(ImportFrom) X(Global) X(Nonlocal) X(Expr) X(Pass) X(Break)          \
  X(Continue)                                                                                          \
  /* expressions */                                                                                    \
  X(BoolOp) X(NamedExpr) X(BinOp) X(UnaryOp) X(Lambda) X(IfExp) X(Dict) X(Set) X(ListComp) X(SetComp) \
  X(DictComp) X(GeneratorExp) X(Await) X(Yield) X(YieldFrom) X(Compare) X(Call) X(JoinedStr)           \
  X(Constant) X(Attribute) X(Subscript) X(Starred) X(Name) X(List) X(Tuple) X(Slice)                   \
  /* operators */                                                                                      \
  X(And) X(Or) X(Add) X(Sub) X(Mult) X(MatMult) X(Div) X(Mod) X(Pow) X(LShift) X(RShift) X(BitOr)     \
  X(BitXor) X(BitAnd) X(FloorDiv) X(Invert) X(Not) X(UAdd) X(USub) X(Eq) X(NotEq) X(Lt) X(LtE) X(Gt)  \
  X(GtE) X(Is) X(IsNot) X(In) X(NotIn)                                                                 \
  /* parts */                                                                                          \
  X(arguments) X(arg) X(keyword) X(alias) X(withitem) X(comprehension) X(ExceptHandler) X(match_case)  \
  /* patterns */                                                                                       \
  X(MatchValue) X(MatchSingleton) X(MatchSequence) X(MatchMapping) X(MatchClass) X(MatchStar)          \
  X(MatchAs) X(MatchOr)
// clang-format on

enum class SyntaxKind : std::uint8_t {
#define PYPRIOR_SYNTAX_ENUM(kind) kind,
  PYPRIOR_SYNTAX_KINDS(PYPRIOR_SYNTAX_ENUM)
#undef PYPRIOR_SYNTAX_ENUM
};

std::string_view syntax_kind_name(SyntaxKind kind);

// One node. Fields follow CPython's field order; where CPython has several
// lists, they map as follows (everything else is in `children`):
//   FunctionDef / ClassDef   text = name; children = [arguments, returns?] / bases and keywords
//   If / While / For / Try   body, orelse (a Try keeps its handlers in children, else+finally in orelse)
//   BinOp / BoolOp / Compare children alternate operands and operator nodes: [a, Add, b]
//   UnaryOp / AugAssign      [USub, operand] / [target, Add, value]
//   Assign                   [target..., value]
//   Constant                 text = source of the (first) literal, detail = "int", "str", ...
//   Name / Attribute / arg   text = identifier; an arg's detail is its kind of parameter:
//                            "" (plain), "posonly", "vararg", "kwonly" or "kwarg"
//   arguments                arg nodes and default values in source order
// Positions are those CPython gives the node (operators: their token).
struct SyntaxNode {
  SyntaxKind kind = SyntaxKind::Module;
  int line = 0;
  int column = 0;
  std::string_view text;
  std::string_view detail;
  std::vector<SyntaxNode> children;
  std::vector<SyntaxNode> body;
  std::vector<SyntaxNode> orelse;
  std::vector<SyntaxNode> decorators;
  int height = 1;  // longest path to a leaf, bounded so walks of the tree cannot overflow the stack
};

struct SyntaxOptions {
  bool expression = false;  // one expression (ast.parse mode "eval") instead of a module
  bool partial = false;     // a block may stop at the end of input before its first statement
};

struct SyntaxParse {
  std::optional<SourceError> error;            // stage "python_parse"; set => root is meaningless
  SyntaxNode root;                             // a Module, or the expression
  std::shared_ptr<const std::string> storage;  // the transcoded source, when the tree views into it
};

// Never throws for any input bytes. The tree holds views into `source` (or
// into `storage`, see python_source_encoding.hpp).
SyntaxParse parse_python_syntax(std::string_view source, const SyntaxOptions& options = {});

// Nesting limits. CPython's own are similar (it gives up near 3000 levels).
inline constexpr int kMaxSyntaxHeight = 3000;     // of the tree
inline constexpr int kMaxParserRecursion = 1000;  // nested expressions the parser descends into

}  // namespace pyprior::prior
