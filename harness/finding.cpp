#include "harness/finding.hpp"

#include <algorithm>
#include <set>
#include <sstream>

#include "harness/batch_script.hpp"

namespace pyprior::harness {
namespace {

using prior::Category;

// Operators, and the statements that shape control flow in ways an
// implementation can get wrong (loops, break, continue); assignments, ifs
// and returns are in nearly every program and tell nothing.
bool is_construct(prior::Token t) {
  using prior::Token;
  if (t == Token::Assign || t == Token::AugAssign || t == Token::If || t == Token::IfElse || t == Token::Return ||
      t == Token::ReturnNone)
    return false;
  switch (prior::info(t).category) {
    case Category::Padding:
    case Category::FunctionDef:
    case Category::BlockEnd:
    case Category::ModuleEnd:
    case Category::Constant:
    case Category::Name:
      return false;
    default:
      return true;
  }
}

std::set<std::string> constructs(const std::vector<prior::Token>& tokens) {
  std::set<std::string> names;
  for (prior::Token t : tokens)
    if (is_construct(t)) names.insert(std::string(prior::info(t).name));
  return names;
}

std::set<std::string> words_of(const std::string& shape) {
  std::set<std::string> words;
  std::istringstream stream(shape);
  for (std::string word; stream >> word;) words.insert(word);
  return words;
}

bool includes_all(const std::set<std::string>& set, const std::set<std::string>& subset) {
  return std::includes(set.begin(), set.end(), subset.begin(), subset.end());
}

std::string outcome_comment(const Finding& finding, std::size_t call) {
  const CheckedProgram& shrunk = finding.shrunk;
  std::string text = "interp: " + shrunk.expected.at(call).text;
  for (const Observation& peer : shrunk.observations) {
    text += " | " + peer.backend + ": ";
    if (peer.failure)
      text += std::string(failure_kind_name(peer.failure->kind)) + " (" + peer.failure->detail + ")";
    else
      text += peer.outcomes.at(call).text;
  }
  return text;
}

}  // namespace

std::string program_shape(const std::vector<prior::Token>& tokens) {
  std::string shape;
  for (const std::string& name : constructs(tokens)) shape += (shape.empty() ? "" : " ") + name;
  return shape;
}

bool uses_constructs_of(const std::vector<prior::Token>& tokens, const std::string& shape) {
  return includes_all(constructs(tokens), words_of(shape));
}

bool shapes_nest(const std::string& x, const std::string& y) {
  const std::set<std::string> x_words = words_of(x), y_words = words_of(y);
  return includes_all(x_words, y_words) || includes_all(y_words, x_words);
}

std::string render_repro(const Finding& finding, const std::string& replay_command) {
  const Discrepancy& d = finding.discrepancy;
  std::string backends;
  for (const std::string& b : d.backends) backends += (backends.empty() ? "" : ", ") + b;
  std::string text =
      "# pyprior diff finding " + finding.id + ": " + std::string(finding_kind_name(d.kind)) + " on " + backends + "\n";
  text += "# signature: " + finding.signature() + "\n";
  if (d.failure) text += "# " + std::string(failure_kind_name(d.failure->kind)) + ": " + d.failure->detail + "\n";
  text += "# found by: " + replay_command + "\n";
  text += "# Run it with any Python: it prints one outcome per call (repr, or the exception's type name).\n\n";
  text += finding.shrunk.program.source + "\n";
  for (std::size_t k = 0; k < finding.shrunk.program.inputs.size(); ++k) {
    const InputTuple& args = finding.shrunk.program.inputs[k];
    text += "\n# " + outcome_comment(finding, k) + "\n";
    text += "try:\n    print(repr(func" + python_tuple(args) + "))\n";
    text += "except Exception as error:\n    print(type(error).__name__)\n";
  }
  return text;
}

}  // namespace pyprior::harness
