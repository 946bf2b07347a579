#pragma once
// Codec: tokens <-> AST <-> canonical Python source.
//
// Canonical source is the seed's format: `def func(a, b):`, four-space
// indents, every binary operation, comparison and unary operation wrapped in
// parentheses, one statement per line. Parsing arbitrary human source lives in
// parser.hpp; this file only reads the project's own token streams.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "prior/ast.hpp"
#include "prior/config.hpp"

namespace pyprior::prior {

// Reads a token stream into a tree. The stream must be well formed for the
// start (every slot filled, blocks closed); scope and budget legality is the
// decoder's business (validate in decoder.hpp). Throws Error otherwise.
Node tokens_to_ast(std::span<const Token> tokens, Start start);

// The preorder walk; open nodes (partial programs) omit their closing tokens.
std::vector<Token> ast_to_tokens(const Node& root);

// Renders canonical Python source, ending in a newline for statements.
std::string ast_to_source(const Node& root);
std::string tokens_to_source(std::span<const Token> tokens, Start start);
// The same, appended to out (whose buffer a caller may reuse), with line_end
// at the end of each line: "\\n" writes the source as the inside of a JSON
// string, since no token's text holds a character JSON escapes (checked in
// vocabulary.hpp).
void append_source(std::span<const Token> tokens, Start start, std::string& out, std::string_view line_end = "\n");

// The canonical name of the entry function.
inline constexpr const char* kFunctionName = "func";

}  // namespace pyprior::prior
