#include "prior/sampler.hpp"

#include <algorithm>
#include <cmath>

namespace pyprior::prior {
namespace {

double statement_weight(Token t, const PolicyConfig& p) {
  switch (t) {
    case Token::Assign: return p.assign;
    case Token::AugAssign: return p.augmented_assign;
    case Token::If: return p.if_stmt;
    case Token::IfElse: return p.if_else;
    case Token::Return: return p.return_stmt;
    case Token::ReturnNone: return p.return_none;
    case Token::For: return p.for_loop;
    case Token::While: return p.while_loop;
    case Token::Break: return p.break_stmt;
    case Token::Continue: return p.continue_stmt;
    default: return 1.0;
  }
}

double base_weight(Token t, const PolicyConfig& p) {
  switch (info(t).category) {
    case Category::Statement: return statement_weight(t, p);
    case Category::BlockEnd: return p.end_block;
    case Category::Name: return p.name;
    case Category::Constant: return is_small_constant(t) ? p.constant : p.big_constant;
    case Category::BinaryOp: return p.arithmetic;
    case Category::Comparison: return p.comparison;
    case Category::UnaryOp: return p.unary;
    case Category::BoolOp: return p.bool_op;
    case Category::Conditional: return p.conditional;
    case Category::Builtin: return p.builtin;
    case Category::Chain: return p.chain;
    default: return 1.0;
  }
}

}  // namespace

WeightedSampler::WeightedSampler(std::uint64_t seed, const PolicyConfig& policy) : rng_(seed), policy_(policy) {
  for (int level = 0; level < kLevels; ++level) {
    depth_factor_[level] = std::pow(policy.depth_decay, level);
    control_factor_[level] = std::pow(policy.control_decay, level);
  }
  for (const TokenInfo& row : kTokenTable) {
    weight_[id(row.token)] = base_weight(row.token, policy);
    is_operator_[id(row.token)] = row.slot_count > 0 && row.category != Category::Statement &&
                                  row.category != Category::FunctionDef;
    is_compound_[id(row.token)] = row.category == Category::Statement &&
                                  std::any_of(row.slots.begin(), row.slots.begin() + row.slot_count, [](Slot s) {
                                    return s == Slot::Block || s == Slot::LoopBlock;
                                  });
  }
}

Token WeightedSampler::choose(const Decoder& decoder, TokenSet legal) {
  if (legal.size() == 1) return legal.first();
  const double depth_factor = depth_factor_[std::min(decoder.expression_depth(), kLevels - 1)];
  const double growth = 1.0 + policy_.block_growth * decoder.statement_count_in_block();
  const double end_factor = growth * (decoder.in_unreachable_code() ? policy_.end_after_return : 1.0);
  const double control_factor = control_factor_[std::min(decoder.control_depth(), kLevels - 1)];
  std::array<double, kVocabSize> weights;
  std::array<Token, kVocabSize> tokens;
  int count = 0;
  double total = 0;
  legal.for_each([&](Token token) {
    const int t = id(token);
    double w = weight_[t];
    if (is_operator_[t]) w *= depth_factor;
    if (token == Token::EndBlock) w *= end_factor;
    if (token == Token::Return) w *= growth;
    if (is_compound_[t]) w *= control_factor;
    tokens[count] = token;
    weights[count++] = w;
    total += w;
  });
  double target = rng_.unit() * total;
  for (int i = 0; i < count; ++i) {
    target -= weights[i];
    if (target < 0) return tokens[i];
  }
  return tokens[count - 1];
}

}  // namespace pyprior::prior
