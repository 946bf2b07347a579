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
    const bool is_operator = row.slot_count > 0 && row.category != Category::Statement &&
                             row.category != Category::FunctionDef;
    const bool is_compound = row.category == Category::Statement &&
                             std::any_of(row.slots.begin(), row.slots.begin() + row.slot_count, [](Slot s) {
                               return s == Slot::Block || s == Slot::LoopBlock;
                             });
    weight_[id(row.token)] = base_weight(row.token, policy);
    factor_[id(row.token)] = row.token == Token::EndBlock ? kEndBlock
                             : row.token == Token::Return ? kGrowth
                             : is_compound                ? kControl
                             : is_operator                ? kDepth
                                                          : kNoFactor;
  }
}

Token WeightedSampler::choose(const Decoder& decoder, TokenSet legal) {
  if (legal.size() == 1) return legal.first();
  const double growth = 1.0 + policy_.block_growth * decoder.statement_count_in_block();
  std::array<double, kFactorCount> factor;
  factor[kNoFactor] = 1.0;
  factor[kDepth] = depth_factor_[std::min(decoder.expression_depth(), kLevels - 1)];
  factor[kEndBlock] = growth * (decoder.in_unreachable_code() ? policy_.end_after_return : 1.0);
  factor[kGrowth] = growth;
  factor[kControl] = control_factor_[std::min(decoder.control_depth(), kLevels - 1)];
  const auto weight = [&](int t) { return weight_[t] * factor[factor_[t]]; };
  // Two passes over the set (sum, then walk to the target) cost less than
  // storing each weight on the way.
  double total = 0;
  legal.for_each([&](Token t) { total += weight(id(t)); });
  double target = rng_.unit() * total;
  const auto reached = legal.find_if([&](Token t) {
    target -= weight(id(t));
    return target < 0;
  });
  // Rounding can leave the target at the very end: the last token takes it.
  return reached ? *reached : legal.nth(legal.size() - 1);
}

}  // namespace pyprior::prior
