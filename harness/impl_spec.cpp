#include "harness/impl_spec.hpp"

#include <cctype>
#include <cstdlib>
#include <filesystem>

#include "prior/error.hpp"

namespace pyprior::harness {
namespace {

namespace fs = std::filesystem;

fs::path runners_dir() {
  if (const char* dir = std::getenv("PYPRIOR_RUNNERS_DIR"); dir && *dir) return dir;
  // This file lives in harness/; the runners beside it.
  const fs::path beside = fs::path(__FILE__).parent_path() / "runners";
  if (fs::exists(beside)) return beside;
  return fs::path("harness") / "runners";
}

std::vector<std::string> preset_command(std::string_view name) {
  if (name == "pypy") return {"pypy3"};
  if (name == "micropython") return {"node", (runners_dir() / "micropython.mjs").string()};
  return {};
}

bool valid_name(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.')) return false;
  return true;
}

}  // namespace

std::vector<std::string> impl_preset_names() { return {"pypy", "micropython"}; }

std::vector<std::string> split_command_words(std::string_view command) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  char quote = 0;
  for (std::size_t i = 0; i < command.size(); ++i) {
    const char c = command[i];
    if (quote == '\'') {
      if (c == '\'')
        quote = 0;
      else
        word += c;
    } else if (c == '\\' && i + 1 < command.size() &&
               (quote == 0 || std::string_view("\"\\$`").find(command[i + 1]) != std::string_view::npos)) {
      word += command[++i];
      in_word = true;
    } else if (quote == '"') {
      if (c == '"')
        quote = 0;
      else
        word += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      in_word = true;
    } else if (c == ' ' || c == '\t' || c == '\n') {
      if (in_word) words.push_back(std::move(word));
      word.clear();
      in_word = false;
    } else {
      word += c;
      in_word = true;
    }
  }
  if (quote != 0)
    throw prior::Error("unterminated " + std::string(1, quote) + " quote in command: " + std::string(command));
  if (in_word) words.push_back(std::move(word));
  return words;
}

ImplSpec parse_impl_spec(std::string_view text) {
  const std::size_t equals = text.find('=');
  const std::string name(text.substr(0, equals));
  if (!valid_name(name))
    throw prior::Error("--impl '" + std::string(text) + "': expected NAME=COMMAND (NAME of letters, digits, _ - .)");
  if (name == "interp" || name == "cpython")
    throw prior::Error("--impl name '" + name + "' is taken by the built-in backend of that name");
  if (equals == std::string_view::npos) {
    std::vector<std::string> command = preset_command(name);
    if (command.empty())
      throw prior::Error("--impl '" + name + "' is not a preset (pypy, micropython): write NAME=COMMAND");
    return {name, std::move(command)};
  }
  std::vector<std::string> command = split_command_words(text.substr(equals + 1));
  if (command.empty()) throw prior::Error("--impl '" + name + "=': the command is empty");
  return {name, std::move(command)};
}

}  // namespace pyprior::harness
