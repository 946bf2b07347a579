#include "prior/python_syntax.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <string>
#include <vector>

namespace pyprior::prior {
namespace {

SyntaxNode parse_ok(std::string_view source, SyntaxOptions options = {}) {
  SyntaxParse parsed = parse_python_syntax(source, options);
  EXPECT_FALSE(parsed.error) << source << "\n" << (parsed.error ? parsed.error->message : "");
  return std::move(parsed.root);
}

SourceError parse_error(std::string_view source, SyntaxOptions options = {}) {
  const SyntaxParse parsed = parse_python_syntax(source, options);
  EXPECT_TRUE(parsed.error) << source;
  return parsed.error.value_or(SourceError{});
}

// The first statement's expression (an Expr statement's value).
SyntaxNode expression_of(std::string_view source) { return parse_ok(source).body.at(0).children.at(0); }

TEST(PythonSyntax, AcceptsTheSyntaxOfPython311) {
  const std::vector<std::string> valid = {
      "match x, y:\n case [a, *b]: pass\n case {1: c, **r}: pass\n case P(a, b=c) | Q() as z if z: pass\n"
      " case -1+2j: pass\n case a.b: pass\n case _: pass",
      "match = 1\nmatch(x)\ncase = 2",
      "try:\n pass\nexcept* E:\n pass",
      "with (a as b, c as d):\n pass\nwith (a, b) as c:\n pass\nwith (yield):\n pass",
      "async def f():\n async with a: pass\n async for x in y: pass\n await x",
      "def f(a, /, b=1, *c, d, e=2, **f) -> int: pass\ndef g(*a: *b): pass\nlambda x=1, *y, z, **w: 0",
      "@a.b(c)\n@x[0]\nclass A(B, metaclass=C): pass",
      "x = yield\nx: int = yield\na += yield b\nx = *a, b\nreturn *a, b\nfor x in *a, *b: pass",
      "a[1:2, ::3] = x\na[b:=1]\na[*b] = c\n[y := 1, y**2]\nf(x := 1)\nif x := 1: pass",
      "f(a for a in b)\nf(*a, b, c=1, **d)\n{**a, 'b': 1}\n{*a, b}\n(*a, b)\n[x for x in y if a if b]",
      "f'{x!r:>{w}}' f'{x=}' f'{a:{b}}' f'''{\na\n}''' f'{{}}' '\\N{BULLET}'\nrb'\\xg'",
      "1if x else 2\n0x1for x in y\nx = 1 if True else 2 if False else 3\nnot not x\na < b < c < d",
      "if x:\\\n  pass\nx = (1 +\n  2)\n\\\nx = 1",
      "import a.b as c\nfrom . import *\nfrom .a import (b, c,)\nglobal a, b\nnonlocal a\ndel a[1], a.b, (c, d)",
      "é = ℕ = x·y = 1",
      "print(*a, sep='')\nprint >>f, x\nexec(code)",
  };
  for (const std::string& source : valid) parse_ok(source);
}

TEST(PythonSyntax, RejectsWithCPythonsMessageAndPosition) {
  struct Case {
    const char* source;
    const char* message;
    int line;
    int column;
  };
  // Each checked against CPython 3.11's ast.parse (column = offset - 1).
  const Case cases[] = {
      {"x = (1,\n", "'(' was never closed", 1, 4},
      {"a = )", "unmatched ')'", 1, 4},
      {"if x:\n  a\n b\n", "unindent does not match any outer indentation level", 3, 2},
      {"if x:\npass", "expected an indented block after 'if' statement on line 1", 2, 0},
      {" x = 1", "unexpected indent", 1, 0},
      {"f(**a, *b)", "iterable argument unpacking follows keyword argument unpacking", 1, 7},
      {"def f(a=1, b): pass", "non-default argument follows default argument", 1, 11},
      {"f(x for x in y, 1)", "Generator expression must be parenthesized", 1, 2},
      {"print 'x'", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 0},
      {"a = 1 = 2", "cannot assign to literal", 1, 4},
      {"x +=", "invalid syntax", 1, 4},
      {"1 +", "invalid syntax", 1, 3},
      {"if x:\n", "expected an indented block after 'if' statement on line 1", 1, 5},
      {"del f()", "cannot delete function call", 1, 4},
      {"(x, y): int", "only single target (not tuple) can be annotated", 1, 0},
      {"def f(*): pass", "named arguments must follow bare *", 1, 6},
      {"def f(/, a): pass", "at least one argument must precede /", 1, 6},
      {"def f(**k, a): pass", "arguments cannot follow var-keyword argument", 1, 11},
      {"def f(*a, *b): pass", "* argument may appear only once", 1, 10},
      {"f((a)=1)", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3},
      {"del *a", "cannot delete starred", 1, 4},
      {"from a import b,", "trailing comma not allowed without surrounding parentheses", 1, 16},
      {"try:\n pass\n", "expected 'except' or 'finally' block", 2, 5},
      {"try:\n pass\nexcept E, F:\n pass", "multiple exception types must be parenthesized", 3, 7},
      {"async x", "invalid syntax", 1, 6},
      {"a, b += 1", "'tuple' is an illegal expression for augmented assignment", 1, 0},
      {"x = a if b", "expected 'else' after 'if' expression", 1, 4},
      {"(a.b := 1)", "cannot use assignment expressions with attribute", 1, 1},
      {"lambda: x = 1", "cannot assign to lambda", 1, 0},
      {"for f() in c: pass", "cannot assign to function call", 1, 4},
      {"x = 'a' b'b'", "cannot mix bytes and nonbytes literals", 1, 12},
      {"f'{}'", "f-string: empty expression not allowed", 1, 5},
      {"f'}'", "f-string: single '}' is not allowed", 1, 4},
      {"f'{a!x}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8},
      {"if True:\n    x = 1\n  y = 2", "unindent does not match any outer indentation level", 3, 7},
      {"{1:}", "expression expected after dictionary key and ':'", 1, 2},
      {"(*a) = b", "cannot use starred expression here", 1, 1},
      {"else: pass", "invalid syntax", 1, 0},
      {"a in not b", "invalid syntax", 1, 5},
      {"x = yield from", "invalid syntax", 1, 14},
      {"1.real", "invalid decimal literal", 1, 1},
      {"a.1", "invalid syntax", 1, 1},
      {"class A(x for x in y): pass", "invalid syntax", 1, 10},
      {"import a as b.c", "invalid syntax", 1, 13},
      {"x = [1, 2\ny = 3\n", "'[' was never closed", 1, 4},
      {"def f():\n    return\n  x\n", "unindent does not match any outer indentation level", 3, 3},
      {"b'\xc3\xa9'", "bytes can only contain ASCII literal characters", 1, 0},
      {"x = $", "invalid syntax", 1, 4},
      {"@\ndef f(): pass", "invalid syntax", 1, 1},
      {"if x\n    pass", "expected ':'", 1, 4},
      {"def f() pass", "expected ':'", 1, 8},
      {"return x y", "invalid syntax", 1, 9},
      {"global", "invalid syntax", 1, 6},
      {"nonlocal x,", "invalid syntax", 1, 11},
      {"raise from x", "invalid syntax", 1, 6},
      {"assert", "invalid syntax", 1, 6},
      {"x = 1 if else 2", "invalid syntax", 1, 9},
      {"for x in range(3):\npass", "expected an indented block after 'for' statement on line 1", 2, 0},
      {"class:\n pass", "invalid syntax", 1, 5},
      {"a[1:2:3:4]", "invalid syntax", 1, 7},
      {"{**a: 1}", "invalid syntax", 1, 4},
      {"[*a for a in b]", "iterable unpacking cannot be used in comprehension", 1, 1},
  };
  for (const Case& c : cases) {
    const SourceError error = parse_error(c.source);
    EXPECT_EQ(error.stage, "python_parse") << c.source;
    EXPECT_EQ(error.message, c.message) << c.source;
    EXPECT_EQ(error.line, c.line) << c.source;
    EXPECT_EQ(error.column, c.column) << c.source;
  }
}

TEST(PythonSyntax, TokenizerErrorLaterInTheSourceReplacesAParserError) {
  const SourceError error = parse_error("x = = 1\ny = 'unterminated\n");
  EXPECT_EQ(error.message, "unterminated string literal (detected at line 2)");
  EXPECT_EQ(error.line, 2);
}

TEST(PythonSyntax, IndentationErrorLaterInTheSourceDoesNotReplaceAParserError) {
  EXPECT_EQ(parse_error("x = = 1\nif y:\n    a\n  b\n").message, "invalid syntax");
}

TEST(PythonSyntax, BinaryOperationStartsAtItsLeftOperand) {
  const SyntaxNode sum = expression_of("(a + b) * c");
  EXPECT_EQ(sum.kind, SyntaxKind::BinOp);
  EXPECT_EQ(sum.column, 0);              // at the parenthesis, as in CPython
  EXPECT_EQ(sum.children[0].column, 1);  // the inner sum keeps its own position
  EXPECT_EQ(sum.children[1].kind, SyntaxKind::Mult);
  EXPECT_EQ(sum.children[1].column, 8);  // operators sit at their token
}

TEST(PythonSyntax, ElifIsAnIfAloneInTheElseBlock) {
  const SyntaxNode chain = parse_ok("if a:\n    x\nelif b:\n    y\nelse:\n    z\n").body[0];
  ASSERT_EQ(chain.orelse.size(), 1u);
  const SyntaxNode& elif = chain.orelse[0];
  EXPECT_EQ(elif.kind, SyntaxKind::If);
  EXPECT_EQ(elif.line, 3);
  EXPECT_EQ(elif.orelse.size(), 1u);
}

TEST(PythonSyntax, ConstantsRecordTheirPythonType) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"1", "int"},      {"0x1F", "int"},    {"1.5", "float"}, {"1e3", "float"},     {"2j", "complex"},  {"'s'", "str"},
      {"b's'", "bytes"}, {"'a' 'b'", "str"}, {"True", "bool"}, {"None", "NoneType"}, {"...", "ellipsis"}};
  for (const auto& [source, type] : cases) {
    const SyntaxNode constant = expression_of(source);
    EXPECT_EQ(constant.kind, SyntaxKind::Constant) << source;
    EXPECT_EQ(constant.detail, type) << source;
  }
  EXPECT_EQ(expression_of("'a' f'{b}'").kind, SyntaxKind::JoinedStr);
}

TEST(PythonSyntax, ParametersRecordTheirKind) {
  const SyntaxNode def = parse_ok("def f(a, /, b, *c, d, **e): pass").body[0];
  std::vector<std::string_view> roles;
  for (const SyntaxNode& parameter : def.children[0].children) roles.push_back(parameter.detail);
  EXPECT_EQ(roles, (std::vector<std::string_view>{"posonly", "", "vararg", "kwonly", "kwarg"}));
}

TEST(PythonSyntax, EmptyBlockAtTheEndIsAcceptedOnlyWhenPartial) {
  EXPECT_EQ(parse_error("def f(a):").message, "expected an indented block after function definition on line 1");
  const SyntaxNode module = parse_ok("def f(a):\n    if a:\n", {.partial = true});
  EXPECT_TRUE(module.body[0].body[0].body.empty());
  EXPECT_EQ(parse_error("def f(a):\nx = 1\n", {.partial = true}).line, 2);
}

TEST(PythonSyntax, ExpressionModeParsesOneExpression) {
  EXPECT_EQ(parse_ok("a + b\n", {.expression = true}).kind, SyntaxKind::BinOp);
  EXPECT_EQ(parse_ok("a, b", {.expression = true}).kind, SyntaxKind::Tuple);
  EXPECT_EQ(parse_error("x = 1", {.expression = true}).column, 2);
}

TEST(PythonSyntax, DeepNestingIsAnErrorNotACrash) {
  const std::vector<std::string> deep = {
      std::string(100000, '('),
      std::string(100000, '-') + "1",
      [] {
        std::string s;
        for (int i = 0; i < 100000; ++i) s += "not ";
        return s + "x";
      }(),
      [] {
        std::string s = "a";
        for (int i = 0; i < 100000; ++i) s += "**a";
        return s;
      }(),
      [] {
        std::string s = "a";
        for (int i = 0; i < 100000; ++i) s += "+a";
        return s;
      }(),
      [] {
        std::string s = "a";
        for (int i = 0; i < 100000; ++i) s += ".b";
        return s;
      }(),
      [] {
        std::string s;
        for (int i = 0; i < 100000; ++i) s += "lambda: ";
        return s + "x";
      }(),
      [] {
        std::string s;
        for (int i = 0; i < 100000; ++i) s += "a if b else ";
        return s + "c";
      }(),
  };
  for (const std::string& source : deep) EXPECT_EQ(parse_error(source).stage, "python_parse") << source.substr(0, 20);
  parse_ok(std::string(200, '(') + std::string(200, ')'));
  parse_ok("a" + std::string(150, '[') + std::string(150, ']'));
  parse_ok(std::string(900, '-') + "1");
}

TEST(PythonSyntax, LongFlatSourcesParse) {
  std::string source;
  for (int i = 0; i < 20000; ++i) source += "x = [1, 2, 3] + f(a, b=c)  # comment\n";
  EXPECT_EQ(parse_ok(source).body.size(), 20000u);
}

TEST(PythonSyntax, KindNamesAreCPythonClassNames) {
  EXPECT_EQ(syntax_kind_name(SyntaxKind::FunctionDef), "FunctionDef");
  EXPECT_EQ(syntax_kind_name(SyntaxKind::NotIn), "NotIn");
  EXPECT_EQ(syntax_kind_name(SyntaxKind::match_case), "match_case");
}

// Strings assembled from Python fragments reach deeper into the parser than random bytes.
rc::Gen<std::string> python_like_source() {
  static const std::vector<std::string> fragments = {
      "(",     ")",    "[",      "]",      "{",    "}",      ":",      ",",      "=",      "*",       "**",     ".",
      "if ",   "else", "elif x", "lambda", "for ", " in ",   "not ",   "\"",     "'",      "'''",     "\n",     "    ",
      "\t",    "\\",   "#",      ";",      "@",    "yield ", "await ", "async ", "def f(", "class ",  "return", ":=",
      "->",    "1",    "0x",     "1e",     "1_",   "f\"{",   "}",      " ",      "is ",    "import ", "from ",  "as ",
      "with ", "*a",   "match ", "case ",  "_",    "try:",   "except", "!",      "$",      "\f",      "€",      "é",
      "del ",  "+",    "-",      "//=",    "x",    "\r\n",   "\0"};
  return rc::gen::map(rc::gen::container<std::vector<std::size_t>>(rc::gen::inRange<std::size_t>(0, fragments.size())),
                      [](const std::vector<std::size_t>& picks) {
                        std::string source;
                        for (std::size_t pick : picks) source += fragments[pick];
                        return source;
                      });
}

RC_GTEST_PROP(PythonSyntax, AnySourceGivesATreeOrAPythonParseError, ()) {
  const std::string source = *python_like_source();
  const SyntaxParse parsed = parse_python_syntax(source);
  if (parsed.error) RC_ASSERT(parsed.error->stage == "python_parse");
}

RC_GTEST_PROP(PythonSyntax, AnyBytesGiveATreeOrAPythonParseError, (const std::string& bytes)) {
  const SyntaxParse parsed = parse_python_syntax(bytes);
  if (parsed.error) RC_ASSERT(parsed.error->line >= 1);
}

}  // namespace
}  // namespace pyprior::prior
