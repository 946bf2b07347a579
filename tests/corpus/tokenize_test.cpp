#include "corpus/tokenize.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "prior/codec.hpp"
#include "prior/error.hpp"
#include "prior/sampler.hpp"
#include "tests/support/scratch_dir.hpp"

namespace pyprior::corpus {
namespace {

using prior::Start;
using prior::Token;

const std::shared_ptr<const prior::Grammar>& seed_grammar() {
  static const auto grammar = prior::compile_grammar(prior::DecodeConfig::seed());
  return grammar;
}

TokenizeResult tokenize_seed(std::string_view source, bool partial = false) {
  return tokenize_source(source, seed_grammar(), Start::Function, partial);
}

std::string stage_of_source(std::string_view source) {
  const TokenizeResult r = tokenize_seed(source);
  return r.ok ? "ok" : r.error->stage;
}

TEST(Tokenize, HumanFunctionBecomesCanonical) {
  const TokenizeResult r = tokenize_seed(
      "def scale(x, y):  # a comment\n"
      "    z = x * y + 1\n"
      "\n"
      "    if z < 0: return 0\n"
      "    return z\n");
  ASSERT_TRUE(r.ok) << r.error->message;
  EXPECT_TRUE(r.complete);
  EXPECT_EQ(r.normalized_source,
            "def func(a, b):\n    d = ((a * b) + 1)\n    if (d < 0):\n        return 0\n    return d\n");
  EXPECT_EQ(r.tokens, prior::ast_to_tokens(prior::tokens_to_ast(r.tokens, Start::Function)));
  ASSERT_TRUE(r.state.has_value());
  EXPECT_TRUE(r.state->is_complete());
}

TEST(Tokenize, PromptGivesAResumableState) {
  const TokenizeResult r = tokenize_seed("def func(a, b):", /*partial=*/true);
  ASSERT_TRUE(r.ok) << r.error->message;
  EXPECT_FALSE(r.complete);
  EXPECT_EQ(r.tokens, std::vector<Token>{Token::Def2});
  prior::Decoder state = *r.state;
  prior::WeightedSampler sampler(1);
  prior::complete(state, sampler);
  const std::vector<Token> program(state.tokens().begin(), state.tokens().end());
  EXPECT_EQ(program.front(), Token::Def2);
  EXPECT_TRUE(prior::validate(program, seed_grammar(), Start::Function).complete);
}

TEST(Tokenize, PromptWithStatementsContinuesAfterThem) {
  const TokenizeResult r = tokenize_seed("def func(a):\n    d = a + 1\n", /*partial=*/true);
  ASSERT_TRUE(r.ok) << r.error->message;
  EXPECT_FALSE(r.complete);
  EXPECT_EQ(r.tokens, (std::vector<Token>{Token::Def1, Token::Assign, Token::NameD, Token::Add, Token::NameA,
                                          Token::Const1}));
  prior::Decoder state = *r.state;
  state.advance(Token::Return);
  EXPECT_TRUE(state.is_legal(Token::NameD)) << "d is bound for what follows";
}

TEST(Tokenize, PromptStateOfABadPromptIsAOneLineError) {
  try {
    prompt_state("def func(a, b):\n    return a ** b\n", prior::DecodeConfig::seed(), Start::Function);
    FAIL() << "a prompt with ** was accepted";
  } catch (const prior::Error& e) {
    EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos);
    EXPECT_TRUE(std::string(e.what()).starts_with("prompt: unsupported_syntax at line 2")) << e.what();
  }
}

TEST(Tokenize, NotPythonIsPythonParse) {
  const TokenizeResult r = tokenize_seed("def f(a):\n    return a +\n");
  ASSERT_FALSE(r.ok);
  EXPECT_EQ(r.error->stage, "python_parse");
  EXPECT_EQ(r.error->line, 2);
}

TEST(Tokenize, PythonOutsideTheLanguageIsUnsupportedSyntax) {
  const TokenizeResult r = tokenize_seed("def f(a):\n    return a ** 2\n");
  ASSERT_FALSE(r.ok);
  EXPECT_EQ(r.error->stage, "unsupported_syntax");
  EXPECT_EQ(r.error->node_type, "Pow");
  EXPECT_EQ(r.error->line, 2);
}

TEST(Tokenize, UnknownNameIsNameNormalization) {
  EXPECT_EQ(stage_of_source("def f(a):\n    return q\n"), "name_normalization");
}

TEST(Tokenize, NameBoundOnOnlyOnePathIsNameNormalization) {
  const TokenizeResult r = tokenize_seed("def f(a):\n    if a:\n        e = 2\n    return e\n");
  ASSERT_FALSE(r.ok);
  EXPECT_EQ(r.error->stage, "name_normalization");
  EXPECT_EQ(r.error->node_type, "Name");
  // The longest valid prefix: everything up to the read of e.
  EXPECT_EQ(r.tokens, (std::vector<Token>{Token::Def1, Token::If, Token::NameA, Token::Assign, Token::NameD,
                                          Token::Const2, Token::EndBlock, Token::Return}));
}

TEST(Tokenize, ConstantWithoutATokenIsVocabEncode) {
  EXPECT_EQ(stage_of_source("def f(a):\n    return 11\n"), "vocab_encode");
}

TEST(Tokenize, FeatureTheConfigLeavesOutIsVocabEncode) {
  const TokenizeResult r = tokenize_seed("def f(a):\n    return a // 2\n");  // the seed profile has no //
  ASSERT_FALSE(r.ok);
  EXPECT_EQ(r.error->stage, "vocab_encode");
  EXPECT_EQ(r.error->node_type, "BinOp");
  EXPECT_TRUE(tokenize_source("def f(a):\n    return a // 2\n", prior::compile_grammar(prior::DecodeConfig::fuzz()),
                              Start::Function)
                  .ok);
}

TEST(Tokenize, ProgramOverTheTokenBudgetIsBudget) {
  EXPECT_EQ(stage_of_source("def f(a):\n    return a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a\n"),
            "budget");
}

TEST(Tokenize, BatchKeepsTheOrderOfSources) {
  const TokenizeBatch batch =
      tokenize({"def f(a):\n    return a\n", "def f(a):\n    return a ** 2\n", "def func(a, b):"},
               prior::DecodeConfig::seed(), Start::Function, /*partial=*/true);
  ASSERT_EQ(batch.results.size(), 3u);
  EXPECT_TRUE(batch.results[0].ok);
  EXPECT_FALSE(batch.results[1].ok);
  EXPECT_TRUE(batch.results[2].ok);
  EXPECT_FALSE(batch.results[2].complete);
}

TEST(Tokenize, IllegalReasonsMapOntoTheStages) {
  EXPECT_EQ(stage_of(prior::IllegalReason::NotInScope), "name_normalization");
  EXPECT_EQ(stage_of(prior::IllegalReason::Disabled), "vocab_encode");
  EXPECT_EQ(stage_of(prior::IllegalReason::Grammar), "vocab_encode");
  EXPECT_EQ(stage_of(prior::IllegalReason::Depth), "budget");
  EXPECT_EQ(stage_of(prior::IllegalReason::Budget), "budget");
}

TEST(TokenizeFunctions, GivesOneRecordPerTopLevelDefinition) {
  const std::vector<TokenizeResult> records = tokenize_functions(
      "import os\n"
      "\n"
      "def first(a):\n"
      "    return a\n"
      "\n"
      "class Thing:\n"
      "    def method(self):\n"
      "        return 1\n"
      "\n"
      "def second(a, b):\n"
      "    return a ** b\n",
      seed_grammar());
  ASSERT_EQ(records.size(), 2u);
  EXPECT_TRUE(records[0].ok);
  ASSERT_FALSE(records[1].ok);
  EXPECT_EQ(records[1].error->line, 11) << "lines count from the top of the file";
}

TEST(TokenizeFunctions, DecoderErrorsPointAtTheirDefinition) {
  const std::vector<TokenizeResult> records =
      tokenize_functions("x = 1\n\n\ndef f(a):\n    return 11 - 1 + q\n\ndef g(a):\n    return a // 2\n", seed_grammar());
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[1].error->stage, "vocab_encode");
  EXPECT_EQ(records[1].error->line, 7);
}

TEST(TokenizeFunctions, FileThatIsNotPythonGivesOnePythonParseRecord) {
  const std::vector<TokenizeResult> records = tokenize_functions("def f(a):\n    return )\n", seed_grammar());
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].error->stage, "python_parse");
}

TEST(Tokenize, CanonicalSourceOfEveryProgramTokenizesBackToItsTokens) {
  const auto grammar = prior::compile_grammar(prior::DecodeConfig::fuzz());
  for (Start start : {Start::Function, Start::Module}) {
    prior::UniformSampler sampler(3);
    for (int i = 0; i < 300; ++i) {
      const std::vector<Token> tokens = prior::sample_tokens(grammar, start, sampler);
      const std::string source = prior::tokens_to_source(tokens, start);
      const TokenizeResult r = tokenize_source(source, grammar, start);
      ASSERT_TRUE(r.ok) << source << r.error->stage << ": " << r.error->message;
      EXPECT_EQ(r.tokens, tokens) << source;
      EXPECT_EQ(r.normalized_source, source);
    }
  }
}

// ---------------------------------------------------------------------------
// The python_parse / unsupported_syntax split agrees with CPython's parser.

// Sources that are Python (ast.parse accepts them) but outside the language,
// and sources that are not Python at all, with the cases where the two are
// easy to confuse: what only the compiler refuses (a stray break, return
// outside a function, duplicate parameters) is still Python.
const std::vector<std::string> kSnippets = {
    "def f(a):\n    return a\n",
    "def f(a):\n    return a ** 2\n",
    "import os\n",
    "class A:\n    pass\n",
    "def f(a):\n    return 'text'\n",
    "def f(a):\n    return f'{a}'\n",
    "def f(a):\n    return lambda x: x\n",
    "def f(a):\n    return [x for x in a]\n",
    "def f(a):\n    x: int = 3\n    return x\n",
    "def f(a):\n    if (n := a) > 1:\n        return n\n",
    "def f(a):\n    match a:\n        case 1:\n            return 2\n",
    "async def f(a):\n    await a\n",
    "@decorator\ndef f(a):\n    return a\n",
    "def f(a):\n    global g\n    return a\n",
    "def f(a, a):\n    return a\n",
    "break\n",
    "return 3\n",
    "def f():\n    yield 1\n",
    "nonlocal x\n",
    "def f(a):\n    del a\n",
    "def f(a):\n    return a if a else -a\n",
    "def f(a):\n    return not a\n",
    "def f(a):\n    return 1 < a < 3\n",
    "def f(a):\n    return 0x10 + 0o7 + 0b1 + 1_000\n",
    "def f(a):\n    return 1.5\n",
    "def f(a):\n    return 1j\n",
    "def f(a):\n    return a[0]\n",
    "def f(a):\n    return a.b\n",
    "def f(a):\n    return (a, a)\n",
    "def f(a):\n    return {a: 1}\n",
    "def f(a):\n    try:\n        return a\n    except E:\n        pass\n",
    "def f(a):\n    with a as b:\n        return b\n",
    "def f(a):\n    raise ValueError\n",
    "def f(a):\n    assert a\n",
    "def f(*args, **kwargs):\n    return 1\n",
    "def f(a=1):\n    return a\n",
    "def f(a) -> int:\n    return a\n",
    "def f(a):\n    return a\n    \n\n# trailing comment",
    "def f(a):\r\n    return a\r\n",
    "\xef\xbb\xbf" "def f(a):\n    return a\n",
    "# -*- coding: latin-1 -*-\ndef f(a):\n    return '\xe9'\n",
    "def f(a):\n\treturn a\n",
    "def f(a):\n    if a:\n\treturn a\n    return 0\n",
    "def f(a): return a; x = 1\n",
    "def f(a):\n    return \\\n        a\n",
    "def f(a):\n    return (a +\n            1)\n",
    "def f(a):\n    print(a, sep='')\n",
    "def f(a):\n    x = y = a\n    return x\n",
    "def f(a):\n    a, b = 1, 2\n",
    "def f(a):\n    a += 1\n",
    "def f(a):\n    for i in range(a):\n        pass\n    else:\n        pass\n",
    "def f(a):\n    while a:\n        a -= 1\n",
    "def f(a):\n    return ...\n",
    "def f(a):\n    return None\n",
    "def f(a):\n    return True\n",
    "def f(a):\n    return -a if a < 0 else +a\n",
    "def f(a):\n    return a @ a\n",
    "def f(a):\n    return a / 2\n",
    "def f(a):\n    return a is None\n",
    "def f(a):\n    return a in b\n",
    // not Python
    "def f(a:\n    return a\n",
    "def f(a):\nreturn a\n",
    "def f(a):\n    return a +\n",
    "def f(a):\n    x = = 1\n",
    "def f(a)\n    return a\n",
    "def f(a):\n    return a\n  return 1\n",
    "def f(a):\n    return (a\n",
    "def f(a):\n    return a)\n",
    "def f(a):\n    return 0777\n",
    "def f(a):\n    return 1_000_\n",
    "def f(a):\n    return 1__0\n",
    "def f(a):\n    print 'x'\n",
    "def f(a):\n    a, b += 1\n",
    "def f(a):\n    f() = 1\n",
    "def f(a):\n    del f()\n",
    "def f(a):\n    return f(**a, *b)\n",
    "def f(a):\n    return f'{}'\n",
    "def f(a):\n    return 'abc\n",
    "def f(a):\n    return \"\"\"abc\n",
    "def f(a):\n    return $a\n",
    "def f(a):\n    return a ? 1 : 2\n",
    "def f(a):\n    if a:\n    return a\n",
    "def f(a):\n        return a\n    return 1\n",
    "def f(a):\n    return \xff\n",
    "def f(a):\n    return 'a'\x00\n",
    "def f(a):\n    x := 1\n",
    "def f(a):\n    lambda: (yield)\n",
    "def f(a):\n    return a if a\n",
    "def f(a):\n    return not\n",
    "def f(a):\n    return 1 <> 2\n",
    "def f(a, *, ):\n    return a\n",
    "def f(a, a=1, b):\n    return a\n",
    "def f(a):\n    return " + std::string(300, '(') + "a" + std::string(300, ')') + "\n",
    "class\n",
    "def\n",
    "def f(a):\n    else:\n        pass\n",
    "",
    "\n",
    "# only a comment",
    "#!/usr/bin/env python3\ndef f(a):\n    return a\n",
    "\x0c" "def f(a):\n    return a\n",
    "def f(a):\n    return f'{a!x}'\n",
    "def f(a):\n    return f'{a:{b:{c}}}'\n",
    "def f(a):\n    return f'{a=}'\n",
    "def f(a):\n    return f\"{a!r:>{w}}\"\n",
    "def f(a):\n    return '\\x4'\n",
    "def f(a):\n    return b'\xc3\xa9'\n",
    "def f(a):\n    return u'x' b'y'\n",
    "def f(a):\n    return '\\777'\n",
    "def f(a):\n    return 1e\n",
    "def f(a):\n    return 1.e5 + 0x_1 + 0_0 + 00\n",
    "def f(a):\n    return 1_e5\n",
    "def f(a):\n    return 0x\n",
    "def f(a):\n    return 1if 1else 2\n",
    "def f(a):\n    return [x for x in y if z else w]\n",
    "def f(a):\n    x = *a\n",
    "def f(a):\n    *a = 1\n",
    "def f(a):\n    return f(a for a in b, c)\n",
    "def f(a):\n    return f(x=1, x=2)\n",
    "def f(a):\n    None = 1\n",
    "def f(a):\n    True += 1\n",
    "def f(None):\n    pass\n",
    "def f(a):\n    __debug__ = 1\n",
    "def f(a):\n    return f(**a, b)\n",
    "def f(a):\n    a = 1 if b\n",
    "await x\n",
    "def f(a):\n    async with a:\n        pass\n",
    "from __future__ import braces\n",
    "from . import\n",
    "import a.b as c.d\n",
    "def f[T](a):\n    return a\n",
    "type X = int\n",
    "match x:\n    case {**rest, 'a': 1}:\n        pass\n",
    "try:\n    pass\nexcept* E:\n    pass\n",
    "try:\n    pass\nexcept* E:\n    pass\nexcept E:\n    pass\n",
    "def f(a):\n    return f\"{'a' 'b'}\"\n",
    "def f(a):\n    x = 5 if 1 else\n",
    "if 1:\n\tif 1:\n        pass\n",
    "def f(a):\n    return " + std::string(199, '(') + "a" + std::string(199, ')') + "\n",
    "def f(a):\n    return " + std::string(201, '[') + std::string(201, ']') + "\n",
    "\xc3\xa9 = 1\n",
    "\xe2\x82\xac = 1\n",
    std::string("def f(a):\n    return a\n\x00", 24),
    "def f(a):\n    return 1 if a else 2 if a else 3\n",
    "def f(a):\n    return a not in b\n",
    "def f(a):\n    return a is not b\n",
    "def f(a):\n    return (yield)\n",
    "def f(a):\n    return a[1:2, ::3]\n",
    "def f(a):\n    return {**a}\n",
    "def f(a):\n    return {*a}\n",
    "def f(a):\n    return [*a, *a]\n",
    "def f(a):\n    return a if (b := 1) else 2\n",
    "def f(a):\n    global a\n",
    "def f(a):\n    return 'unterminated\\\n",
    "def f(a):\n    return '''x'''\n",
    "def f(a):\n    return r'\\N'\n",
    "def f(a):\n    return rb'\\x'\n",
    "def f(a):\n    return br'\\x' + Rb'a' + BR'b'\n",
    "def f(a):\n    return bu'x'\n",
    "def f(a):\n    return f'{'\n",
    "def f(a):\n    return f'}'\n",
    "def f(a):\n    return f'{{}}'\n",
    "def f(a):\n    return f'{a:{b}}'\n",
    "def f(a):\n    return f'{lambda x: x}'\n",
    "def f(a):\n    return f'{(lambda x: x)}'\n",
    "def f(a):\n    return f'{a!}'\n",
    "def f(a):\n    return f'{#}'\n",
    "def f(a):\n    return f'{a:=1}'\n",
    "def f(a):\n    return f'\\{a}'\n",
    "def f(a):\n    return 1 +\\\n 2\n",
    "def f(a):\n    return a\n  # dedented comment\n    return 1\n",
    "def f(a):\n    if a:\n        pass\n      return 1\n",
    "def f(a):\n    return (\n\n)\n",
    "def f(a):\n    return 0b2\n",
    "def f(a):\n    return 0o8\n",
    "def f(a):\n    return 09\n",
    "def f(a):\n    return 1.__class__\n",
    "def f(a):\n    return 1 .__class__\n",
    "def f(a):\n    return 1..real\n",
    "def f(a):\n    # caf\xe9, not UTF-8: CPython does not decode comments\n    return a\n",
    "x = 1  # \xff\xfe\n",
    "def f(a):\n    return '\xff'\n",
    "def f(a):\n    return a a \xff\n",
    "def f(a):\n    return a +\n    b = '\xff'\n",
};

// CPython's verdict on each snippet: true when ast.parse accepts it.
std::vector<bool> cpython_accepts(const std::vector<std::string>& snippets) {
  const pyprior::testing::ScratchDir scratch("pyprior-tokenize-snippets");
  const std::filesystem::path input = scratch / "snippets.json";
  {
    nlohmann::json sources = nlohmann::json::array();
    for (const std::string& s : snippets) {
      nlohmann::json bytes = nlohmann::json::array();
      for (unsigned char c : s) bytes.push_back(c);
      sources.push_back(bytes);
    }
    std::ofstream(input) << sources.dump();
  }
  const std::string command =
      "/usr/bin/python3.11 -c \"import ast, json, sys\n"
      "for s in json.load(open(sys.argv[1])):\n"
      "    try:\n"
      "        ast.parse(bytes(s)); print('ok')\n"
      "    except (SyntaxError, ValueError):\n"
      "        print('error')\n\" " +
      input.string();
  FILE* pipe = popen(command.c_str(), "r");
  std::vector<bool> verdicts;
  char line[16];
  while (pipe && std::fgets(line, sizeof line, pipe)) verdicts.push_back(std::string(line) == "ok\n");
  if (pipe) pclose(pipe);
  return verdicts;
}

// Pieces of the standard library with a few random edits each (brackets,
// quotes, indentation, keywords, stray bytes), and CPython's verdict on each,
// from a fixed seed: mostly broken Python, some still valid.
struct Verdict {
  std::string source;
  bool accepted;
};

constexpr const char* kEditStandardLibrary = R"(
import ast, json, pathlib, random, sys
rng = random.Random(5)
files = sorted(pathlib.Path('/usr/lib/python3.11').rglob('*.py'))
edits = [b'(', b')', b'[', b']', b':', b'\n', b' ', b'    ', b'\t', b'\\', b"'", b'"', b'#', b'=', b',', b'**',
         b'.', b'0', b'1_', b'f', b'{', b'}', b'lambda', b'else', b'yield', b'async', b'def', b';', b':=',
         b'\x00', b'\xff', b'\r']
out = []
while len(out) < int(sys.argv[1]):
    lines = rng.choice(files).read_bytes().split(b'\n')
    start = rng.randrange(len(lines))
    text = b'\n'.join(lines[start:start + rng.randrange(1, 30)])
    for _ in range(rng.randrange(1, 4)):
        at = rng.randrange(len(text) + 1)
        cut = rng.choice([0, 1, 2])
        text = text[:at] + (rng.choice(edits) if cut != 1 else b'') + text[at + cut:]
    try:
        ast.parse(text)
        ok = True
    except (SyntaxError, ValueError):
        ok = False
    except (MemoryError, RecursionError):
        continue
    out.append([list(text), ok])
print(json.dumps(out))
)";

std::vector<Verdict> mutated_standard_library(int count) {
  const pyprior::testing::ScratchDir scratch("pyprior-edit-stdlib");
  const std::filesystem::path script = scratch / "edit_stdlib.py";
  std::ofstream(script) << kEditStandardLibrary;
  FILE* pipe = popen(("/usr/bin/python3.11 " + script.string() + " " + std::to_string(count)).c_str(), "r");
  std::string json;
  char buffer[65536];
  for (std::size_t n; pipe && (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) json.append(buffer, n);
  if (pipe) pclose(pipe);
  std::vector<Verdict> verdicts;
  if (json.empty()) return verdicts;
  for (const auto& item : nlohmann::json::parse(json)) {
    std::string source;
    for (int byte : item[0]) source.push_back(static_cast<char>(byte));
    verdicts.push_back({source, item[1].get<bool>()});
  }
  return verdicts;
}

TEST(Tokenize, PythonParseStageAgreesWithCPythonOnEditedStandardLibraryCode) {
  const std::vector<Verdict> verdicts = mutated_standard_library(3000);
  ASSERT_EQ(verdicts.size(), 3000u) << "could not run /usr/bin/python3.11";
  int disagreements = 0;
  for (const Verdict& v : verdicts) {
    const TokenizeResult r = tokenize_source(v.source, seed_grammar(), Start::Module);
    const bool python_parse = !r.ok && r.error->stage == "python_parse";
    if (python_parse != !v.accepted && ++disagreements <= 5)
      ADD_FAILURE() << "CPython " << (v.accepted ? "accepts" : "rejects") << " this, tokenize says "
                    << (r.ok ? "ok" : r.error->stage + ": " + r.error->message) << "\n" << v.source;
  }
  EXPECT_EQ(disagreements, 0);
}

TEST(Tokenize, PythonParseStageAgreesWithCPythonsParser) {
  const std::vector<bool> accepted = cpython_accepts(kSnippets);
  ASSERT_EQ(accepted.size(), kSnippets.size()) << "could not run /usr/bin/python3.11";
  for (std::size_t i = 0; i < kSnippets.size(); ++i)
    for (Start start : {Start::Function, Start::Module}) {
      const TokenizeResult r = tokenize_source(kSnippets[i], seed_grammar(), start);
      const bool python_parse = !r.ok && r.error->stage == "python_parse";
      EXPECT_EQ(python_parse, !accepted[i])
          << "snippet " << i << " (start " << prior::start_name(start) << "): CPython "
          << (accepted[i] ? "accepts" : "rejects") << " it, tokenize says "
          << (r.ok ? "ok" : r.error->stage + ": " + r.error->message) << "\n"
          << kSnippets[i];
    }
}

// Known gap: the parser does not carry Unicode's name database, so it cannot
// tell that \N{no such name} is not a character; CPython rejects the source,
// tokenize calls it unsupported (a string constant). When the gap is closed
// this test fails: move the snippet into kSnippets.
TEST(Tokenize, KnownGapUnknownUnicodeNameEscapeIsNotDetected) {
  const std::string snippet = "def f(a):\n    return '\\N{no such name}'\n";
  ASSERT_EQ(cpython_accepts({snippet}), std::vector<bool>{false});
  const TokenizeResult r = tokenize_source(snippet, seed_grammar(), Start::Function);
  ASSERT_FALSE(r.ok);
  EXPECT_EQ(r.error->stage, "unsupported_syntax");
}

}  // namespace
}  // namespace pyprior::corpus
