#pragma once
// The AST-CD vocabulary: every token of the restricted Python language, with a
// stable id. A program is the preorder serialization of its AST, so each token
// is one AST node and its table row says which child slots follow it.
//
// Ids never change with the configuration: a config only narrows which tokens
// the decoder makes legal. New tokens are appended at the end of the table.
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace pyprior::prior {

// Each extension of the seed's grammar is one feature flag in DecodeConfig.
enum class Feature : std::uint8_t {
  Base,                // the seed's grammar: always on
  Loops,               // for v in range(e):
  FloorDivMod,         // // and %
  BitOps,              // & | ^ << >> ~
  BoolOps,             // and / or / not
  ChainedComparisons,  // a < b <= c
  ConditionalExpr,     // x if c else y
  AugmentedAssign,     // d += e
  While,               // while c:, break, continue
  Builtins,            // abs / min / max
  BigInts,             // constants at machine-word boundaries
};
inline constexpr int kFeatureCount = 11;

// What one child position of a token expects, in preorder.
enum class Slot : std::uint8_t {
  Expr,        // an expression
  Target,      // a local to bind: an existing one or the next fresh one
  BoundLocal,  // a local that is definitely assigned here
  AugOp,       // an arithmetic operator token, as in `d += ...`
  CmpOp,       // a comparison operator token, as in chains
  Block,       // statements then EndBlock
  LoopBlock,   // a block inside a loop: break/continue are legal there
};

enum class Category : std::uint8_t {
  Padding,
  FunctionDef,
  BlockEnd,
  ModuleEnd,
  Statement,
  BinaryOp,    // arithmetic and bit operators: int (op) int
  Comparison,  // result is a bool
  Chain,       // two comparisons sharing the middle operand
  UnaryOp,
  BoolOp,
  Conditional,
  Builtin,
  Constant,
  Name,
};

// X(enumerator, display name, category, feature, python text, slots...)
#define PYPRIOR_TOKENS(X)                                                              \
  X(Pad, "<pad>", Padding, Base, "")                                                   \
  X(Def0, "def/0", FunctionDef, Base, "def", Block)                                    \
  X(Def1, "def/1", FunctionDef, Base, "def", Block)                                    \
  X(Def2, "def/2", FunctionDef, Base, "def", Block)                                    \
  X(Def3, "def/3", FunctionDef, Base, "def", Block)                                    \
  X(EndBlock, "<end>", BlockEnd, Base, "")                                             \
  X(EndModule, "<end_module>", ModuleEnd, Base, "")                                    \
  X(Assign, "assign", Statement, Base, "=", Target, Expr)                              \
  X(AugAssign, "augassign", Statement, AugmentedAssign, "=", BoundLocal, AugOp, Expr)  \
  X(If, "if", Statement, Base, "if", Expr, Block)                                      \
  X(IfElse, "if_else", Statement, Base, "if", Expr, Block, Block)                      \
  X(Return, "return", Statement, Base, "return", Expr)                                 \
  X(ReturnNone, "return_none", Statement, Base, "return")                              \
  X(For, "for", Statement, Loops, "for", Target, Expr, LoopBlock)                      \
  X(While, "while", Statement, While, "while", Expr, LoopBlock)                        \
  X(Break, "break", Statement, While, "break")                                         \
  X(Continue, "continue", Statement, While, "continue")                                \
  X(Add, "+", BinaryOp, Base, "+", Expr, Expr)                                         \
  X(Sub, "-", BinaryOp, Base, "-", Expr, Expr)                                         \
  X(Mul, "*", BinaryOp, Base, "*", Expr, Expr)                                         \
  X(FloorDiv, "//", BinaryOp, FloorDivMod, "//", Expr, Expr)                           \
  X(Mod, "%", BinaryOp, FloorDivMod, "%", Expr, Expr)                                  \
  X(BitAnd, "&", BinaryOp, BitOps, "&", Expr, Expr)                                    \
  X(BitOr, "|", BinaryOp, BitOps, "|", Expr, Expr)                                     \
  X(BitXor, "^", BinaryOp, BitOps, "^", Expr, Expr)                                    \
  X(LShift, "<<", BinaryOp, BitOps, "<<", Expr, Expr)                                  \
  X(RShift, ">>", BinaryOp, BitOps, ">>", Expr, Expr)                                  \
  X(Lt, "<", Comparison, Base, "<", Expr, Expr)                                        \
  X(LtE, "<=", Comparison, Base, "<=", Expr, Expr)                                     \
  X(Gt, ">", Comparison, Base, ">", Expr, Expr)                                        \
  X(GtE, ">=", Comparison, Base, ">=", Expr, Expr)                                     \
  X(Eq, "==", Comparison, Base, "==", Expr, Expr)                                      \
  X(NotEq, "!=", Comparison, Base, "!=", Expr, Expr)                                   \
  X(Chain, "chain", Chain, ChainedComparisons, "", CmpOp, CmpOp, Expr, Expr, Expr)     \
  X(Neg, "neg", UnaryOp, Base, "-", Expr)                                              \
  X(Invert, "~", UnaryOp, BitOps, "~", Expr)                                           \
  X(Not, "not", UnaryOp, BoolOps, "not ", Expr)                                        \
  X(And, "and", BoolOp, BoolOps, "and", Expr, Expr)                                    \
  X(Or, "or", BoolOp, BoolOps, "or", Expr, Expr)                                       \
  X(IfExp, "ifexp", Conditional, ConditionalExpr, "", Expr, Expr, Expr)                \
  X(Abs, "abs", Builtin, Builtins, "abs", Expr)                                        \
  X(Min, "min", Builtin, Builtins, "min", Expr, Expr)                                  \
  X(Max, "max", Builtin, Builtins, "max", Expr, Expr)                                  \
  X(Const0, "0", Constant, Base, "0")                                                  \
  X(Const1, "1", Constant, Base, "1")                                                  \
  X(Const2, "2", Constant, Base, "2")                                                  \
  X(Const3, "3", Constant, Base, "3")                                                  \
  X(Const4, "4", Constant, Base, "4")                                                  \
  X(Const5, "5", Constant, Base, "5")                                                  \
  X(Const6, "6", Constant, Base, "6")                                                  \
  X(Const7, "7", Constant, Base, "7")                                                  \
  X(Const8, "8", Constant, Base, "8")                                                  \
  X(Const9, "9", Constant, Base, "9")                                                  \
  X(Const10, "10", Constant, Base, "10")                                               \
  X(Big127, "127", Constant, BigInts, "127")                                           \
  X(Big128, "128", Constant, BigInts, "128")                                           \
  X(Big255, "255", Constant, BigInts, "255")                                           \
  X(Big256, "256", Constant, BigInts, "256")                                           \
  X(Big65535, "65535", Constant, BigInts, "65535")                                     \
  X(Big65536, "65536", Constant, BigInts, "65536")                                     \
  X(Big2p31m1, "2**31-1", Constant, BigInts, "2147483647")                             \
  X(Big2p31, "2**31", Constant, BigInts, "2147483648")                                 \
  X(Big2p32m1, "2**32-1", Constant, BigInts, "4294967295")                             \
  X(Big2p32, "2**32", Constant, BigInts, "4294967296")                                 \
  X(Big2p63m1, "2**63-1", Constant, BigInts, "9223372036854775807")                    \
  X(Big2p63, "2**63", Constant, BigInts, "9223372036854775808")                        \
  X(Big2p64m1, "2**64-1", Constant, BigInts, "18446744073709551615")                   \
  X(Big2p64, "2**64", Constant, BigInts, "18446744073709551616")                       \
  X(NameA, "a", Name, Base, "a")                                                       \
  X(NameB, "b", Name, Base, "b")                                                       \
  X(NameC, "c", Name, Base, "c")                                                       \
  X(NameD, "d", Name, Base, "d")                                                       \
  X(NameE, "e", Name, Base, "e")                                                       \
  X(NameF, "f", Name, Base, "f")                                                       \
  X(NameG, "g", Name, Base, "g")                                                       \
  X(NameH, "h", Name, Base, "h")                                                       \
  X(NameI, "i", Name, Base, "i")                                                       \
  X(NameJ, "j", Name, Base, "j")                                                       \
  X(NameK, "k", Name, Base, "k")                                                       \
  X(NameL, "l", Name, Base, "l")                                                       \
  X(NameM, "m", Name, Base, "m")

enum class Token : std::uint8_t {
#define PYPRIOR_TOKEN_ENUM(id, ...) id,
  PYPRIOR_TOKENS(PYPRIOR_TOKEN_ENUM)
#undef PYPRIOR_TOKEN_ENUM
};

struct TokenInfo {
  Token token;
  std::string_view name;    // stable display name, as `pyprior vocab` prints it
  Category category;
  Feature feature;          // the flag that must be on for the token to be legal
  std::string_view python;  // its text in rendered Python (keyword, operator, literal)
  std::array<Slot, 5> slots;
  std::uint8_t slot_count;
};

namespace detail {
template <typename... S>
constexpr TokenInfo make_info(Token token, std::string_view name, Category category, Feature feature,
                              std::string_view python, S... slots) {
  return TokenInfo{token, name, category, feature, python, {slots...}, sizeof...(S)};
}
}  // namespace detail

// Slots are written bare in the table above; `using enum` resolves them.
inline constexpr std::array kTokenTable = [] {
  using enum Slot;
  return std::array{
#define PYPRIOR_TOKEN_ROW(id, name, category, feature, python, ...) \
  detail::make_info(Token::id, name, Category::category, Feature::feature, python __VA_OPT__(, ) __VA_ARGS__),
      PYPRIOR_TOKENS(PYPRIOR_TOKEN_ROW)
#undef PYPRIOR_TOKEN_ROW
  };
}();

inline constexpr int kVocabSize = static_cast<int>(kTokenTable.size());
static_assert(kVocabSize <= 128, "TokenSet holds 128 tokens");

constexpr bool table_is_in_enum_order() {
  for (int i = 0; i < kVocabSize; ++i)
    if (static_cast<int>(kTokenTable[i].token) != i) return false;
  return true;
}
static_assert(table_is_in_enum_order());

// Rendered source goes into JSON strings with only its line ends escaped
// (append_source in codec.hpp): no token's text may need escaping itself.
constexpr bool python_texts_are_json_safe() {
  for (const auto& row : kTokenTable)
    for (const char c : row.python)
      if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20) return false;
  return true;
}
static_assert(python_texts_are_json_safe());

constexpr const TokenInfo& info(Token t) { return kTokenTable[static_cast<int>(t)]; }

// Categories whose tokens start an expression subtree.
constexpr bool is_expression(Category c) {
  switch (c) {
    case Category::BinaryOp:
    case Category::Comparison:
    case Category::Chain:
    case Category::UnaryOp:
    case Category::BoolOp:
    case Category::Conditional:
    case Category::Builtin:
    case Category::Constant:
    case Category::Name: return true;
    default: return false;
  }
}
constexpr int id(Token t) { return static_cast<int>(t); }
constexpr Token token_from_id(int i) { return static_cast<Token>(i); }
constexpr bool is_valid_id(long long i) { return i >= 0 && i < kVocabSize; }

// Names: parameters a, b, c then locals d, e, ... in order of first binding.
inline constexpr int kMaxParams = 3;
inline constexpr int kMaxLocals = id(Token::NameM) - id(Token::NameD) + 1;
inline constexpr int kNameCount = kMaxParams + kMaxLocals;
static_assert(id(Token::NameD) - id(Token::NameA) == kMaxParams);
constexpr Token name_token(int index) { return token_from_id(id(Token::NameA) + index); }
constexpr int name_index(Token t) { return id(t) - id(Token::NameA); }
constexpr Token local_token(int local) { return name_token(kMaxParams + local); }

constexpr bool is_small_constant(Token t) { return t >= Token::Const0 && t <= Token::Const10; }
constexpr int small_constant_value(Token t) { return id(t) - id(Token::Const0); }
constexpr Token small_constant_token(int value) { return token_from_id(id(Token::Const0) + value); }
inline constexpr int kMaxSmallConstant = 10;

constexpr int arity_of_def(Token t) { return id(t) - id(Token::Def0); }
constexpr Token def_token(int arity) { return token_from_id(id(Token::Def0) + arity); }

// Looks a token up by its display name (as `pyprior vocab` prints it).
std::optional<Token> token_by_name(std::string_view name);

}  // namespace pyprior::prior
