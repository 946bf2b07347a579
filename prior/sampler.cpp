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

// A legal set of more than kMemoFrom tokens (an expression position: every
// readable name, constant and operator) is chosen from by its running sums:
// the first token whose sum exceeds the target. Such sets come back again and
// again with the same context, so a sampler that has made kMemoAfter such
// choices keeps their sums: choosing is then a hash lookup and a count
// instead of two dependent passes over the set. Kept or made afresh, the sums
// and so the choice are the same: the memo never changes a program, and a
// sampler that makes few choices (one per mutation, per generated value)
// never pays for one.
struct WeightedSampler::RunningSums {
  static constexpr int kCapacity = 64;
  TokenSet legal;
  std::uint64_t context = ~std::uint64_t{0};  // no context is all ones: an empty slot
  int count = 0;
  std::array<Token, kCapacity> tokens;
  std::array<double, kCapacity> sum;  // sum[k]: the weights of tokens[0..k]
};

namespace {

constexpr int kMemoFrom = 8;
constexpr int kMemoAfter = 256;
constexpr int kMemoSlotBits = 9;

std::size_t memo_slot(TokenSet legal, std::uint64_t context) {
  const std::uint64_t mixed = legal.word(0) * 0x9e3779b97f4a7c15ULL ^ legal.word(1) * 0xc2b2ae3d27d4eb4fULL ^
                              context * 0x165667b19e3779f9ULL;
  return static_cast<std::size_t>(mixed >> (64 - kMemoSlotBits));
}

}  // namespace

WeightedSampler::Memo::Memo() = default;
WeightedSampler::Memo::Memo(const Memo&) {}
WeightedSampler::Memo& WeightedSampler::Memo::operator=(const Memo& other) {
  if (this != &other) *this = Memo();
  return *this;
}
WeightedSampler::Memo::Memo(Memo&&) noexcept = default;
WeightedSampler::Memo& WeightedSampler::Memo::operator=(Memo&&) noexcept = default;
WeightedSampler::Memo::~Memo() = default;

void WeightedSampler::fill(RunningSums& sums, TokenSet legal, std::uint64_t context, const Factors& factor) const {
  sums.legal = legal;
  sums.context = context;
  sums.count = 0;
  double total = 0;
  legal.for_each([&](Token t) {
    total += weight(id(t), factor);
    sums.tokens[sums.count] = t;
    sums.sum[sums.count++] = total;
  });
}

const WeightedSampler::RunningSums& WeightedSampler::running_sums(TokenSet legal, std::uint64_t context,
                                                                  const Factors& factor, RunningSums& scratch) {
  if (!memo_.table) {
    if (++memo_.large_choices < kMemoAfter) {
      fill(scratch, legal, context, factor);
      return scratch;
    }
    memo_.table = std::make_unique<RunningSums[]>(std::size_t{1} << kMemoSlotBits);
  }
  RunningSums& entry = memo_.table[memo_slot(legal, context)];
  if (entry.legal != legal || entry.context != context) fill(entry, legal, context, factor);
  return entry;
}

Token WeightedSampler::choose(const Decoder& decoder, TokenSet legal) {
  const int size = legal.size();
  if (size == 1) return legal.first();
  const int statements = decoder.statement_count_in_block();
  const int depth = std::min(decoder.expression_depth(), kLevels - 1);
  const int control = std::min(decoder.control_depth(), kLevels - 1);
  const bool unreachable = decoder.in_unreachable_code();
  const double growth = 1.0 + policy_.block_growth * statements;
  Factors factor;
  factor[kNoFactor] = 1.0;
  factor[kDepth] = depth_factor_[depth];
  factor[kEndBlock] = growth * (unreachable ? policy_.end_after_return : 1.0);
  factor[kGrowth] = growth;
  factor[kControl] = control_factor_[control];
  if (size > kMemoFrom && size <= RunningSums::kCapacity) {
    // Everything the factors depend on, so equal contexts mean equal weights.
    const std::uint64_t context = static_cast<std::uint64_t>(depth) | static_cast<std::uint64_t>(control) << 5 |
                                  static_cast<std::uint64_t>(unreachable) << 10 |
                                  static_cast<std::uint64_t>(statements) << 11;
    RunningSums scratch;
    const RunningSums& sums = running_sums(legal, context, factor, scratch);
    const double target = rng_.unit() * sums.sum[sums.count - 1];
    int passed = 0;  // tokens whose running sum the target reaches: no branch per token
    for (int k = 0; k < sums.count; ++k) passed += sums.sum[k] <= target;
    return sums.tokens[std::min(passed, sums.count - 1)];
  }
  // Two passes over the set (sum, then walk to the target) cost less than
  // storing each weight on the way.
  double total = 0;
  legal.for_each([&](Token t) { total += weight(id(t), factor); });
  double target = rng_.unit() * total;
  const auto reached = legal.find_if([&](Token t) {
    target -= weight(id(t), factor);
    return target < 0;
  });
  // Rounding can leave the target at the very end: the last token takes it.
  return reached ? *reached : legal.nth(size - 1);
}

}  // namespace pyprior::prior
