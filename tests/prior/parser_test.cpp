#include "prior/parser.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace pyprior::prior {
namespace {

Node tree(Token token, std::vector<Node> children = {}) {
  Node node;
  node.token = token;
  node.children = std::move(children);
  return node;
}

// The token stream as display names: the preorder walk, where a block's
// (or module's) end token follows its children and is left out while open.
void write_preorder(const Node& node, std::string& out) {
  const bool closes_after = node.token == Token::EndBlock || node.token == Token::EndModule;
  auto append = [&out](Token t) { out += (out.empty() ? "" : " ") + std::string(info(t).name); };
  if (!closes_after) append(node.token);
  for (const Node& child : node.children) write_preorder(child, out);
  if (closes_after && !node.open) append(node.token);
}

std::string preorder(const Node& node) {
  std::string out;
  write_preorder(node, out);
  return out;
}

std::string tokens_of(std::string_view source, Start start = Start::Function) {
  const ParsedSource parsed = parse_python(source, start);
  EXPECT_FALSE(parsed.error) << source << "\n" << (parsed.error ? parsed.error->message : "");
  EXPECT_TRUE(parsed.complete);
  return preorder(parsed.root);
}

// A function returning one expression, for expression-level cases.
std::string returned(std::string_view expression) {
  const std::string tokens = tokens_of("def f(a, b, c):\n    return " + std::string(expression) + "\n");
  const std::string prefix = "def/3 return ";
  const std::string suffix = " <end>";
  EXPECT_TRUE(tokens.starts_with(prefix) && tokens.ends_with(suffix)) << tokens;
  return tokens.substr(prefix.size(), tokens.size() - prefix.size() - suffix.size());
}

SourceError error_of(std::string_view source, Start start = Start::Function) {
  const ParsedSource parsed = parse_python(source, start);
  EXPECT_TRUE(parsed.error) << source;
  return parsed.error.value_or(SourceError{});
}

void expect_error(std::string_view source, const std::string& stage, const std::string& node_type, int line,
                  int column) {
  const SourceError error = error_of(source);
  EXPECT_EQ(error.stage, stage) << source;
  EXPECT_EQ(error.node_type, node_type) << source;
  EXPECT_EQ(error.line, line) << source;
  EXPECT_EQ(error.column, column) << source;
}

// --- canonical form -----------------------------------------------------------

TEST(Parser, HumanFunctionBecomesCanonicalTree) {
  const ParsedSource parsed = parse_python(
      "def area(width, height):\n"
      "    # the product, plus one\n"
      "    result = width * height + 1\n"
      "\n"
      "    if result < 0:\n"
      "        return 0\n"
      "    return result\n",
      Start::Function);
  ASSERT_FALSE(parsed.error);
  const Node a = tree(Token::NameA), b = tree(Token::NameB), d = tree(Token::NameD);
  const Node zero = tree(Token::Const0), one = tree(Token::Const1);
  const Node expected =
      tree(Token::Def2,
           {block_node({tree(Token::Assign, {d, tree(Token::Add, {tree(Token::Mul, {a, b}), one})}),
                        tree(Token::If, {tree(Token::Lt, {d, zero}), block_node({tree(Token::Return, {zero})})}),
                        tree(Token::Return, {d})})});
  EXPECT_EQ(parsed.root, expected);
  EXPECT_TRUE(parsed.complete);
}

TEST(Parser, ModuleRootHoldsTheFunction) {
  EXPECT_EQ(tokens_of("def f(x):\n    return x\n", Start::Module), "def/1 return a <end> <end_module>");
}

TEST(Parser, BlockAndExpressionStartsUseCanonicalNames) {
  EXPECT_EQ(tokens_of("d = a\nif d:\n    e = b\nc += d\n", Start::Block),
            "assign d a if d assign e b <end> augassign c + d <end>");
  EXPECT_EQ(tokens_of("a + b * -c", Start::Expr), "+ a * b neg c");
}

// --- precedence and associativity -----------------------------------------------

TEST(Parser, SubtractionIsLeftAssociative) { EXPECT_EQ(returned("a - b - c"), "- - a b c"); }

TEST(Parser, ParenthesesOverrideAssociativity) { EXPECT_EQ(returned("a - (b - c)"), "- a - b c"); }

TEST(Parser, RedundantParenthesesVanish) { EXPECT_EQ(returned("((a)) + ((b * (c)))"), "+ a * b c"); }

TEST(Parser, MultiplicationBindsTighterThanAddition) { EXPECT_EQ(returned("a + b * c"), "+ a * b c"); }

TEST(Parser, UnaryMinusBindsTighterThanMultiplication) { EXPECT_EQ(returned("-a * b"), "* neg a b"); }

TEST(Parser, NotBindsLooserThanComparison) { EXPECT_EQ(returned("not a == b"), "not == a b"); }

TEST(Parser, AndBindsTighterThanOr) { EXPECT_EQ(returned("a or b and c"), "or a and b c"); }

TEST(Parser, BooleanChainsNestToTheLeft) {
  EXPECT_EQ(returned("a and b and c"), "and and a b c");
  EXPECT_EQ(returned("a or b or c"), "or or a b c");
}

TEST(Parser, ConditionalExpressionIsRightAssociativeWithTestFirst) {
  EXPECT_EQ(returned("a if b else c if a else b"), "ifexp b a ifexp a c b");
}

TEST(Parser, BitOperatorsFollowPythonPrecedence) {
  EXPECT_EQ(returned("a | b ^ c & a << b + c"), "| a ^ b & c << a + b c");
  EXPECT_EQ(returned("~a // b % c"), "% // ~ a b c");
}

TEST(Parser, TwoComparisonsMakeAChain) { EXPECT_EQ(returned("a < b <= c"), "chain < <= a b c"); }

TEST(Parser, BuiltinsMapToTheirTokens) {
  EXPECT_EQ(returned("abs(a) + min(a, b) * max(b, c)"), "+ abs a * min a b max b c");
}

TEST(Parser, IntegerLiteralsMapToConstantsInAnyBase) {
  EXPECT_EQ(returned("0 + 10"), "+ 0 10");
  EXPECT_EQ(returned("0xFF + 0o177"), "+ 255 127");
  EXPECT_EQ(returned("0b1_0000_0000 - 65_536"), "- 256 65536");
  EXPECT_EQ(returned("0xFFFF_FFFF_FFFF_FFFF + 18446744073709551616"), "+ 2**64-1 2**64");
}

TEST(Parser, NegativeLiteralIsNegationOfAConstant) { EXPECT_EQ(returned("-1"), "neg 1"); }

// --- statements ------------------------------------------------------------------

TEST(Parser, ElifBecomesAnIfInsideTheElseBlock) {
  EXPECT_EQ(tokens_of("def f(a):\n"
                      "    if a < 1:\n"
                      "        return 1\n"
                      "    elif a < 2:\n"
                      "        return 2\n"
                      "    else:\n"
                      "        return 3\n"),
            "def/1 if_else < a 1 return 1 <end> if_else < a 2 return 2 <end> return 3 <end> <end> <end>");
}

TEST(Parser, SemicolonsSeparateStatements) {
  EXPECT_EQ(tokens_of("def f(a):\n    x = a; y = x; return y\n"), "def/1 assign d a assign e d return e <end>");
}

TEST(Parser, OneLineBodiesAndElseOnOneLine) {
  EXPECT_EQ(tokens_of("def f(a): return a"), "def/1 return a <end>");
  EXPECT_EQ(tokens_of("def f(a):\n    if a: return 1\n    else: return 2\n"),
            "def/1 if_else a return 1 <end> return 2 <end> <end>");
  EXPECT_EQ(tokens_of("def f(a):\n    for i in range(a): a += i\n    return a\n"),
            "def/1 for d a augassign a + d <end> return a <end>");
}

TEST(Parser, CommentsBlankLinesAndContinuationsAreIgnored) {
  EXPECT_EQ(tokens_of("# leading comment\n\ndef f(a):  # why\n\n    # inside\n    x = (a +\n         1)\n"
                      "    y = x \\\n        * 2\n\n    return y\n"),
            "def/1 assign d + a 1 assign e * d 2 return e <end>");
}

TEST(Parser, BareReturnAndReturnNoneAreReturnNone) {
  EXPECT_EQ(tokens_of("def f(a):\n    if a:\n        return\n    return None\n"),
            "def/1 if a return_none <end> return_none <end>");
}

TEST(Parser, LoopsBreakAndContinue) {
  EXPECT_EQ(tokens_of("def f(a):\n    while a > 0:\n        a -= 1\n        if a == 3:\n            break\n"
                      "        continue\n    return a\n"),
            "def/1 while > a 0 augassign a - 1 if == a 3 break <end> continue <end> return a <end>");
}

TEST(Parser, EveryAugmentedOperatorMapsToItsToken) {
  const std::vector<std::pair<std::string, std::string>> operators = {
      {"+=", "+"}, {"-=", "-"}, {"*=", "*"}, {"//=", "//"}, {"%=", "%"},
      {"&=", "&"}, {"|=", "|"}, {"^=", "^"}, {"<<=", "<<"}, {">>=", ">>"}};
  for (const auto& [op, token] : operators) {
    EXPECT_EQ(tokens_of("def f(a):\n    x = a\n    x " + op + " 2\n    return x\n"),
              "def/1 assign d a augassign d " + token + " 2 return d <end>")
        << op;
  }
}

// --- name normalization ----------------------------------------------------------

TEST(Parser, FunctionAndParameterNamesBecomeCanonical) {
  EXPECT_EQ(tokens_of("def compute(first, second, third):\n    return third - first\n"), "def/3 return - c a <end>");
}

TEST(Parser, LocalsAreNamedInOrderOfFirstBinding) {
  EXPECT_EQ(tokens_of("def f(n):\n    total = 0\n    for i in range(n):\n        step = i * 2\n        total += step\n"
                      "    return total\n"),
            "def/1 assign d 0 for e a assign f * e 2 augassign d + f <end> return d <end>");
}

TEST(Parser, SelfReferentialAssignmentBindsAtTheTarget) {
  EXPECT_EQ(tokens_of("def f(a):\n    x = x + 1\n    return x\n"), "def/1 assign d + d 1 return d <end>");
}

TEST(Parser, ReadBeforeTheTextualBindingUsesTheSameName) {
  EXPECT_EQ(tokens_of("def f(a):\n    while a:\n        if a > 5:\n            return late\n        late = a\n"
                      "        a -= 1\n    return 0\n"),
            "def/1 while a if > a 5 return d <end> assign d a augassign a - 1 <end> return 0 <end>");
}

TEST(Parser, AssigningAParameterKeepsItsName) {
  EXPECT_EQ(tokens_of("def f(x):\n    x = x * 2\n    return x\n"), "def/1 assign a * a 2 return a <end>");
}

TEST(Parser, ZeroParametersGiveDef0) {
  EXPECT_EQ(tokens_of("def f():\n    x = 1\n    return x\n"), "def/0 assign d 1 return d <end>");
}

TEST(Parser, TenLocalsFitAndTheEleventhIsRefused) {
  std::string source = "def f(a):\n";
  for (int i = 0; i < 10; ++i) source += "    v" + std::to_string(i) + " = a\n";
  EXPECT_FALSE(parse_python(source, Start::Function).error);
  source += "    v10 = a\n";
  expect_error(source, "name_normalization", "Name", 12, 4);
}

TEST(Parser, MoreThanThreeParametersAreRefused) {
  expect_error("def f(a, b, c, d):\n    return a\n", "name_normalization", "arg", 1, 15);
}

TEST(Parser, UnboundNameIsRefused) {
  const SourceError error = error_of("def f(a):\n    return a + total\n");
  EXPECT_EQ(error.stage, "name_normalization");
  EXPECT_EQ(error.message, "name 'total' is neither a parameter nor assigned in the function");
  EXPECT_EQ(error.column, 15);
}

TEST(Parser, AugmentedAssignmentBeforeAnyAssignmentIsRefused) {
  expect_error("def f(a):\n    x += 1\n    x = a\n    return x\n", "name_normalization", "Name", 2, 4);
}

TEST(Parser, DuplicateParameterIsRefused) {
  expect_error("def f(a, a):\n    return a\n", "name_normalization", "arg", 1, 9);
}

TEST(Parser, NonCanonicalNameInABlockIsRefused) {
  const SourceError error = error_of("total = a\n", Start::Block);
  EXPECT_EQ(error.stage, "name_normalization");
  EXPECT_EQ(error.message, "name 'total' is not canonical (a..m)");
}

TEST(Parser, ShadowedBuiltinIsAnOrdinaryCall) {
  expect_error("def f(a):\n    abs = a\n    return abs(a)\n", "unsupported_syntax", "Call", 3, 11);
}

// --- refusals: each stage with CPython's node type and position -------------------

TEST(Parser, UnsupportedNodesAreNamedByTheirCPythonClass) {
  struct Case {
    const char* source;
    const char* node_type;
    int line;
    int column;
  };
  // Positions are the offending node's lineno / col_offset in CPython's ast.
  const Case cases[] = {
      {"def f(a):\n    return a ** 2\n", "Pow", 2, 11},
      {"def f(a):\n    return a / 2\n", "Div", 2, 11},
      {"def f(a):\n    return a @ a\n", "MatMult", 2, 11},
      {"def f(a):\n    return a in a\n", "In", 2, 11},
      {"def f(a):\n    return a not in a\n", "NotIn", 2, 11},
      {"def f(a):\n    return a is a\n", "Is", 2, 11},
      {"def f(a):\n    return a is not a\n", "IsNot", 2, 11},
      {"def f(a):\n    return +a\n", "UAdd", 2, 11},
      {"def f(a):\n    return 'x'\n", "Constant[str]", 2, 11},
      {"def f(a):\n    return 1.5\n", "Constant[float]", 2, 11},
      {"def f(a):\n    return True\n", "Constant[bool]", 2, 11},
      {"def f(a):\n    return b'x'\n", "Constant[bytes]", 2, 11},
      {"def f(a):\n    return 1j\n", "Constant[complex]", 2, 11},
      {"def f(a):\n    d = None\n", "Constant[NoneType]", 2, 8},
      {"def f(a):\n    return f'{a}'\n", "JoinedStr", 2, 11},
      {"def f(a):\n    return (a, a)\n", "Tuple", 2, 11},
      {"def f(a):\n    return [a]\n", "List", 2, 11},
      {"def f(a):\n    return {a: a}\n", "Dict", 2, 11},
      {"def f(a):\n    return {a}\n", "Set", 2, 11},
      {"def f(a):\n    return a[0]\n", "Subscript", 2, 11},
      {"def f(a):\n    return a.b\n", "Attribute", 2, 11},
      {"def f(a):\n    return lambda: a\n", "Lambda", 2, 11},
      {"def f(a):\n    return (d := a)\n", "NamedExpr", 2, 12},
      {"def f(a):\n    return [x for x in a]\n", "ListComp", 2, 11},
      {"def f(a):\n    return *a,\n", "Tuple", 2, 11},
      {"def f(a):\n    return -1 ** 2\n", "Pow", 2, 12},
      {"def f(a):\n    return len(a)\n", "Call", 2, 11},
      {"def f(a):\n    return abs(a, a)\n", "Call", 2, 11},
      {"def f(a):\n    return min(a, b=a)\n", "Call", 2, 11},
      {"def f(a):\n    return a < a < a < a\n", "Compare", 2, 11},
      {"def f(a):\n    pass\n", "Pass", 2, 4},
      {"def f(a):\n    a\n", "Expr", 2, 4},
      {"def f(a):\n    \"\"\"Docstring.\"\"\"\n    return a\n", "Expr", 2, 4},
      {"def f(a):\n    yield a\n", "Expr", 2, 4},
      {"def f(a):\n    import os\n", "Import", 2, 4},
      {"def f(a):\n    from os import path\n", "ImportFrom", 2, 4},
      {"def f(a):\n    class C: pass\n", "ClassDef", 2, 4},
      {"def f(a):\n    def g(): pass\n", "FunctionDef", 2, 4},
      {"def f(a):\n    d = e = a\n", "Assign", 2, 4},
      {"def f(a):\n    d, e = a, a\n", "Tuple", 2, 4},
      {"def f(a):\n    d: int = a\n", "AnnAssign", 2, 4},
      {"def f(a: int):\n    return a\n", "arg", 1, 6},
      {"def f(a=1):\n    return a\n", "arguments", 1, 8},
      {"def f(*a):\n    return a\n", "arguments", 1, 7},
      {"def f(a) -> int:\n    return a\n", "FunctionDef", 1, 0},
      {"@dec\ndef f(a):\n    return a\n", "Name", 1, 1},
      {"async def f(a):\n    return a\n", "AsyncFunctionDef", 1, 0},
      {"def f(a):\n    try:\n        pass\n    except E:\n        pass\n", "Try", 2, 4},
      {"def f(a):\n    with a: pass\n", "With", 2, 4},
      {"def f(a):\n    raise a\n", "Raise", 2, 4},
      {"def f(a):\n    assert a\n", "Assert", 2, 4},
      {"def f(a):\n    global a\n", "Global", 2, 4},
      {"def f(a):\n    del a\n", "Delete", 2, 4},
      {"def f(a):\n    match a:\n        case 1: pass\n", "Match", 2, 4},
      {"def f(a):\n    for i in range(a):\n        pass\n    else:\n        pass\n", "For", 2, 4},
      {"def f(a):\n    while a:\n        break\n    else:\n        return a\n", "While", 2, 4},
      {"def f(a):\n    for i in a:\n        return i\n", "Name", 2, 13},
      {"def f(a):\n    for i in range(0, a):\n        return i\n", "Call", 2, 13},
      {"def f(a):\n    for i, j in range(a):\n        return i\n", "Tuple", 2, 8},
      {"import os\ndef f(a):\n    return a\n", "Import", 1, 0},
      {"def f(a):\n    return a\ndef g(a):\n    return a\n", "FunctionDef", 3, 0},
  };
  for (const Case& c : cases) expect_error(c.source, "unsupported_syntax", c.node_type, c.line, c.column);
}

TEST(Parser, IntegerWithoutATokenIsAVocabularyError) {
  expect_error("def f(a):\n    return a + 11\n", "vocab_encode", "Constant[int]", 2, 15);
  expect_error("def f(a):\n    return 2**64 + 1\n", "unsupported_syntax", "Pow", 2, 11);
  expect_error("def f(a):\n    return 123456789012345678901234567890\n", "vocab_encode", "Constant[int]", 2, 11);
}

TEST(Parser, SourceWithoutAFunctionIsRefused) {
  const SourceError error = error_of("", Start::Function);
  EXPECT_EQ(error.stage, "unsupported_syntax");
  EXPECT_EQ(error.node_type, "Module");
}

TEST(Parser, InvalidPythonIsAPythonParseErrorAtCPythonsPosition) {
  struct Case {
    const char* source;
    const char* message;
    int line;
    int column;
  };
  // Each checked against CPython 3.11's ast.parse (column = offset - 1).
  const Case cases[] = {
      {"def f(a, b):\n    return a if b\n", "expected 'else' after 'if' expression", 2, 11},
      {"def f(a, b):\n  return a\n b\n", "unindent does not match any outer indentation level", 3, 2},
      {"def f(a, b)\n    return a\n", "expected ':'", 1, 11},
      {"def f(a, b):\nreturn a\n", "expected an indented block after function definition on line 1", 2, 0},
      {"def f(a, b):\n    return (a\n", "'(' was never closed", 2, 11},
      {"def f(a, b):\n    return a)\n", "unmatched ')'", 2, 12},
      {"def f(a, b):\n    return 'abc\n", "unterminated string literal (detected at line 2)", 2, 11},
      {"def f(a, b):\n    return 1__0\n", "invalid decimal literal", 2, 12},
      {"def f(a, b):\n    return a $ b\n", "invalid syntax", 2, 13},
      {"def f(a):\n    d = 1 +\n", "invalid syntax", 2, 11},
      {"def f(a):\n    x = 1\n      y = 2\n", "unexpected indent", 3, 5},
  };
  for (const Case& c : cases) {
    const SourceError error = error_of(c.source);
    EXPECT_EQ(error.stage, "python_parse") << c.source;
    EXPECT_EQ(error.message, c.message) << c.source;
    EXPECT_EQ(error.line, c.line) << c.source;
    EXPECT_EQ(error.column, c.column) << c.source;
    EXPECT_EQ(error.node_type, "") << c.source;
  }
}

TEST(Parser, PythonParseErrorComesBeforeSubsetErrors) {
  EXPECT_EQ(error_of("import os\ndef f(a):\n    return (a\n").stage, "python_parse");
}

// --- partial sources ----------------------------------------------------------------

TEST(Parser, PromptEndingAfterTheColonLeavesTheFunctionOpen) {
  const ParsedSource parsed = parse_python("def func(a, b):", Start::Function, {.partial = true});
  ASSERT_FALSE(parsed.error);
  EXPECT_FALSE(parsed.complete);
  Node expected = tree(Token::Def2, {block_node({})});
  expected.open = true;
  expected.children[0].open = true;
  EXPECT_EQ(parsed.root, expected);
}

TEST(Parser, PartialSourceKeepsItsStatementsAndOpensTheTrailingIf) {
  const ParsedSource parsed =
      parse_python("def func(a, b):\n\n    d = a\n    if d < b:\n", Start::Function, {.partial = true});
  ASSERT_FALSE(parsed.error);
  EXPECT_FALSE(parsed.complete);
  EXPECT_EQ(preorder(parsed.root), "def/2 assign d a if < d b");
  const Node& trailing_if = parsed.root.children[0].children[1];
  EXPECT_TRUE(trailing_if.open);
  EXPECT_TRUE(trailing_if.children[1].open);
  EXPECT_FALSE(parsed.root.children[0].children[0].open);
}

TEST(Parser, PartialModuleOpensTheModuleToo) {
  const ParsedSource parsed = parse_python("def f(a):\n    while a:", Start::Module, {.partial = true});
  ASSERT_FALSE(parsed.error);
  EXPECT_EQ(preorder(parsed.root), "def/1 while a");
  EXPECT_TRUE(parsed.root.open);
}

TEST(Parser, EmptyBlockIsAnErrorUnlessPartial) {
  EXPECT_EQ(error_of("def func(a, b):").stage, "python_parse");
  EXPECT_EQ(error_of("def func(a):\n    if a:\n    return a\n").message,
            "expected an indented block after 'if' statement on line 2");
}

TEST(Parser, PartialExpressionIsComplete) {
  const ParsedSource parsed = parse_python("a + b", Start::Expr, {.partial = true});
  EXPECT_TRUE(parsed.complete);
  EXPECT_FALSE(parsed.root.open);
}

// --- one record per function ----------------------------------------------------------

TEST(Parser, TopLevelFunctionsAreParsedOneByOne) {
  const std::vector<ParsedSource> parsed = parse_top_level_functions(
      "import os\n\ndef twice(x):\n    return x * 2\n\nCONSTANT = 3\n\ndef name(x):\n    return x.name\n");
  ASSERT_EQ(parsed.size(), 4u);
  EXPECT_EQ(parsed[0].error->node_type, "Import");
  EXPECT_EQ(preorder(parsed[1].root), "def/1 return * a 2 <end>");
  EXPECT_EQ(parsed[2].error->node_type, "Assign");
  EXPECT_EQ(parsed[2].error->line, 6);
  EXPECT_EQ(parsed[3].error->node_type, "Attribute");
  EXPECT_EQ(parsed[3].error->line, 9);
}

TEST(Parser, TopLevelFunctionsOfInvalidPythonIsOneError) {
  const std::vector<ParsedSource> parsed = parse_top_level_functions("def f(:\n");
  ASSERT_EQ(parsed.size(), 1u);
  EXPECT_EQ(parsed[0].error->stage, "python_parse");
}

// --- robustness ----------------------------------------------------------------------

TEST(Parser, DeepNestingIsAPythonParseError) {
  for (const std::string& source :
       {"def f(a):\n    return " + std::string(100000, '('), "def f(a):\n    return " + std::string(100000, '-') + "a",
        "def f(a):\n    return a" + [] {
          std::string chain;
          for (int i = 0; i < 100000; ++i) chain += "+a";
          return chain;
        }()}) {
    EXPECT_EQ(error_of(source).stage, "python_parse");
  }
}

TEST(Parser, NestingWithinCPythonsLimitsParses) {
  std::string chain = "a";
  for (int i = 0; i < 2000; ++i) chain += " + 1";
  EXPECT_EQ(parse_python("def f(a):\n    return " + chain + "\n", Start::Function).error, std::nullopt);
  const std::string parens = std::string(190, '(') + "a" + std::string(190, ')');
  EXPECT_EQ(tokens_of("def f(a):\n    return " + parens + "\n"), "def/1 return a <end>");
}

RC_GTEST_PROP(Parser, AnyBytesGiveARootOrAnError, (const std::string& bytes, bool partial)) {
  for (Start start : {Start::Module, Start::Function, Start::Block, Start::Expr}) {
    const ParsedSource parsed = parse_python(bytes, start, {.partial = partial});
    if (!parsed.error) RC_ASSERT(parsed.complete || partial);
  }
}

RC_GTEST_PROP(Parser, GarbageAfterAValidPrefixNeverCrashes, (const std::string& tail)) {
  const std::string source = "def f(a, b):\n    d = a + b\n    if d:\n        " + tail;
  const ParsedSource parsed = parse_python(source, Start::Function);
  if (parsed.error) RC_ASSERT(!parsed.error->stage.empty());
}

// Every file of CPython's own library is valid Python: none may be a python_parse error.
TEST(Parser, StandardLibraryIsValidPython) {
  const std::filesystem::path library = "/usr/lib/python3.11";
  if (!std::filesystem::is_directory(library)) GTEST_SKIP() << library << " is not installed";
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(library)) {
    if (entry.path().extension() == ".py") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  files.resize(std::min<std::size_t>(files.size(), 60));
  for (const std::filesystem::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    const ParsedSource parsed = parse_python(text.str(), Start::Module);
    ASSERT_TRUE(parsed.error) << file;  // no stdlib module is a single function
    EXPECT_NE(parsed.error->stage, "python_parse")
        << file << ":" << parsed.error->line << ": " << parsed.error->message;
  }
}

}  // namespace
}  // namespace pyprior::prior
