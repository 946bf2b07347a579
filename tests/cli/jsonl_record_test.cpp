// The hand-written JSON line of `pyprior sample --format jsonl`, read back by
// a real JSON parser: any text, any integer, any outcome survives the trip.
#include "cli/jsonl_record.hpp"

#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

#include <nlohmann/json.hpp>

#include "prior/codec.hpp"
#include "prior/sampler.hpp"

namespace pyprior::cli {
namespace {

// Text as programs and outcomes carry it: any ASCII byte, control characters
// and quotes included, and some multi-byte UTF-8.
rc::Gen<std::string> gen_text() {
  return rc::gen::map(rc::gen::container<std::vector<std::string>>(rc::gen::oneOf(
                          rc::gen::map(rc::gen::inRange(0, 128), [](int c) { return std::string(1, static_cast<char>(c)); }),
                          rc::gen::element<std::string>("\"", "\\", "\n", "\t", "\x01", "\x7f", "é", "→", "𝔸"))),
                      [](const std::vector<std::string>& parts) {
                        std::string text;
                        for (const auto& part : parts) text += part;
                        return text;
                      });
}

rc::Gen<prior::Integer> gen_integer() {
  return rc::gen::oneOf(rc::gen::map(rc::gen::arbitrary<std::int64_t>(), [](std::int64_t v) { return prior::Integer(v); }),
                        rc::gen::map(rc::gen::element<std::string>("18446744073709551615", "18446744073709551616",
                                                                   "-9223372036854775809", "340282366920938463463374607431768211456"),
                                     [](const std::string& digits) { return *prior::Integer::from_string(digits); }));
}

RC_GTEST_PROP(JsonlRecord, ReadsBackAsWritten, ()) {
  const std::string source = *gen_text();
  const auto ids = *rc::gen::container<std::vector<int>>(rc::gen::inRange(0, prior::kVocabSize));
  const auto inputs = *rc::gen::container<std::vector<std::vector<prior::Integer>>>(
      rc::gen::container<std::vector<prior::Integer>>(gen_integer()));
  std::vector<prior::Outcome> outputs;
  for (std::size_t i = 0; i < inputs.size(); ++i) outputs.push_back(prior::Outcome::value(*gen_text()));
  std::vector<prior::Token> tokens;
  for (int id : ids) tokens.push_back(prior::token_from_id(id));

  std::string line = "prefix ";
  append_jsonl_record(line, source, tokens, inputs, outputs);
  RC_ASSERT(line.starts_with("prefix "));
  RC_ASSERT(line.ends_with("}\n"));
  RC_ASSERT(line.find('\n') == line.size() - 1);  // one record, one line
  const auto record = nlohmann::json::parse(line.substr(7));
  RC_ASSERT(record["source"].get<std::string>() == source);
  RC_ASSERT(record["tokens"].get<std::vector<int>>() == ids);
  RC_ASSERT(record.contains("inputs") == !inputs.empty());
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    RC_ASSERT(record["outputs"][i].get<std::string>() == outputs[i].repr());
    for (std::size_t j = 0; j < inputs[i].size(); ++j) {
      const auto& value = record["inputs"][i][j];
      const std::string text = value.is_string() ? value.get<std::string>() : value.dump();
      RC_ASSERT(text == inputs[i][j].to_string());
    }
  }
}

// A program's record, its source rendered in place, is the record of its
// rendered source, byte for byte, for every start and both profiles.
RC_GTEST_PROP(JsonlRecord, ProgramRecordIsTheRecordOfItsSource, ()) {
  const auto start = *rc::gen::element(prior::Start::Function, prior::Start::Module, prior::Start::Block,
                                       prior::Start::Expr);
  const auto config = *rc::gen::element(prior::DecodeConfig::seed(), prior::DecodeConfig::fuzz());
  prior::UniformSampler sampler(*rc::gen::arbitrary<std::uint64_t>());
  const auto tokens = prior::sample_tokens(prior::compile_grammar(config), start, sampler);
  const std::vector<std::vector<prior::Integer>> inputs = {{prior::Integer(3)}};
  const std::vector<prior::Outcome> outputs = {prior::Outcome::value("7")};

  std::string in_place = "prefix ", rendered = "prefix ";
  append_jsonl_program_record(in_place, tokens, start, inputs, outputs);
  append_jsonl_record(rendered, prior::tokens_to_source(tokens, start), tokens, inputs, outputs);
  RC_ASSERT(in_place == rendered);
}

}  // namespace
}  // namespace pyprior::cli
