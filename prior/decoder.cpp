#include "prior/decoder.hpp"

#include <algorithm>

#include "prior/error.hpp"
#include "prior/random.hpp"

namespace pyprior::prior {
namespace {

using namespace decoder_frames;

constexpr int kMaxExtra = 8;
constexpr int kEmptyBlockCost = 2;  // `return` + end of block
constexpr int kFunctionCost = 1 + kEmptyBlockCost;

constexpr int slot_cost(Slot s) { return s == Slot::Block || s == Slot::LoopBlock ? kEmptyBlockCost : 1; }

constexpr int child_cost(Token t) {
  int cost = 0;
  for (int i = 0; i < info(t).slot_count; ++i) cost += slot_cost(info(t).slots[i]);
  return cost;
}

// Extra tokens the cheapest completion needs after choosing t in a frame of
// this kind, beyond the frame's own cost minus one.
// Operator tokens in AugOp / CmpOp slots are leaves there: their table slots
// describe them as expressions.
constexpr int extra_cost(int kind, Token t) {
  switch (kind) {
    case kBlock: return t == Token::EndBlock ? 0 : 1 + child_cost(t);
    case kExpr:
    case kFuncDef: return child_cost(t);
    default: return 0;
  }
}

constexpr TokenSet names_of(std::uint16_t name_bits) {
  const Uint128 wide = static_cast<Uint128>(name_bits) << id(Token::NameA);
  return TokenSet(static_cast<std::uint64_t>(wide), static_cast<std::uint64_t>(wide >> 64));
}

constexpr std::uint16_t local_bits(int first, int count) {
  return static_cast<std::uint16_t>(((1u << count) - 1u) << (kMaxParams + first));
}

constexpr std::uint16_t kAllLocals = local_bits(0, kMaxLocals);

int frame_cost(const Decoder::Frame& f) {
  switch (f.kind) {
    case kFuncDef: return kFunctionCost;
    case kBlock: return f.c == 0 ? kEmptyBlockCost : 1;
    default: return f.kind < kTokenFrameCount ? 1 : 0;
  }
}

const TokenSet kCompound = TokenSet::of(Token::If) | TokenSet::of(Token::IfElse) |
                           TokenSet::of(Token::For) | TokenSet::of(Token::While);
const TokenSet kLoopControl = TokenSet::of(Token::Break) | TokenSet::of(Token::Continue);

}  // namespace

class Grammar {
 public:
  explicit Grammar(const DecodeConfig& cfg) : config(cfg) {
    if (std::string problem = cfg.validate(); !problem.empty()) throw Error("invalid config: " + problem);
    for (const TokenInfo& row : kTokenTable) {
      if (!cfg.allows(row.feature)) continue;
      const Token t = row.token;
      if (is_small_constant(t) &&
          (small_constant_value(t) < cfg.const_range.first || small_constant_value(t) > cfg.const_range.second))
        continue;
      if (row.category == Category::FunctionDef &&
          std::find(cfg.arities.begin(), cfg.arities.end(), arity_of_def(t)) == cfg.arities.end())
        continue;
      enabled.insert(t);
      switch (row.category) {
        case Category::FunctionDef: base[kFuncDef].insert(t); break;
        case Category::ModuleEnd: base[kEndModule].insert(t); break;
        case Category::BlockEnd:
        case Category::Statement: base[kBlock].insert(t); break;
        case Category::Constant: leaves.insert(t); base[kExpr].insert(t); break;
        case Category::Comparison: base[kCmpOp].insert(t); base[kExpr].insert(t); break;
        case Category::BinaryOp: base[kAugOp].insert(t); base[kExpr].insert(t); break;
        case Category::Name: break;  // names come from the scope, per step
        case Category::Padding: break;
        default: base[kExpr].insert(t); break;
      }
    }
    for (int kind = 0; kind < kTokenFrameCount; ++kind)
      for (Token t : base[kind].to_vector())
        for (int slack = std::min(extra_cost(kind, t), kMaxExtra + 1); slack <= kMaxExtra; ++slack)
          within[kind][slack].insert(t);
    max_arity = *std::max_element(cfg.arities.begin(), cfg.arities.end());
  }

  DecodeConfig config;
  TokenSet enabled;
  TokenSet leaves;
  TokenSet base[kTokenFrameCount];
  // within[kind][s]: the tokens of base[kind] whose extra cost is at most s.
  TokenSet within[kTokenFrameCount][kMaxExtra + 1];
  int max_arity = 0;
};

std::shared_ptr<const Grammar> compile_grammar(const DecodeConfig& cfg) { return std::make_shared<const Grammar>(cfg); }

Decoder::Decoder(const DecodeConfig& cfg, Start start) : Decoder(compile_grammar(cfg), start) {}

Decoder::Decoder(std::shared_ptr<const Grammar> grammar, Start start) : grammar_(std::move(grammar)), start_(start) {
  const DecodeConfig& cfg = grammar_->config;
  tokens_.reserve(cfg.max_len);
  stack_.reserve(32);
  const auto params = static_cast<std::uint16_t>((1u << grammar_->max_arity) - 1u);
  switch (start) {
    case Start::Module:
      push({kEndModule});
      push({kFuncDef});
      break;
    case Start::Function: push({kFuncDef}); break;
    case Start::Block:
      params_ = bound_ = params;
      push({kBlock});
      break;
    case Start::Expr:
      params_ = bound_ = params;
      push({kExpr});
      break;
  }
  if (pending_cost_ > cfg.max_len)
    throw Error("invalid config: max_len " + std::to_string(cfg.max_len) + " is below the smallest " +
                std::string(start_name(start)) + " (" + std::to_string(pending_cost_) + " tokens)");
  legal_ = compute_legal();
}

const DecodeConfig& Decoder::config() const { return grammar_->config; }

int Decoder::budget_remaining() const { return grammar_->config.max_len - static_cast<int>(tokens_.size()); }

bool Decoder::at_statement_boundary() const {
  if (stack_.empty()) return true;
  const Frame& top = stack_.back();
  return top.kind == kBlock && top.a == 0 && top.c > 0;
}

std::uint16_t Decoder::readable_names() const {
  return bound_ & (params_ | local_bits(0, introduced_));
}

void Decoder::push(Frame f) {
  stack_.push_back(f);
  pending_cost_ += frame_cost(f);
}

int Decoder::slack_for_top() const {
  return grammar_->config.max_len - static_cast<int>(tokens_.size()) - 1 - pending_cost_ + frame_cost(stack_.back());
}

TokenSet Decoder::compute_legal() const {
  if (stack_.empty()) return {};
  const Grammar& g = *grammar_;
  const DecodeConfig& cfg = g.config;
  const Frame& top = stack_.back();
  const int slack = std::clamp(slack_for_top(), 0, kMaxExtra);
  switch (top.kind) {
    case kBlock: {
      if (top.c >= cfg.max_block_stmts) return TokenSet::of(Token::EndBlock);
      TokenSet set = g.within[kBlock][slack];
      if (top.c == 0) set.erase(Token::EndBlock);
      if (top.a >= cfg.max_control_depth) set &= ~kCompound;
      if (!top.b) set &= ~kLoopControl;
      if ((readable_names() & kAllLocals) == 0) set.erase(Token::AugAssign);
      return set;
    }
    case kExpr: {
      TokenSet set = g.within[kExpr][slack];
      if (top.a >= cfg.max_expr_depth) set &= g.leaves;
      return set | names_of(readable_names());
    }
    case kTarget:
      return names_of(local_bits(0, std::min<int>(introduced_ + 1, cfg.max_locals)));
    case kBoundLocal: return names_of(readable_names() & kAllLocals);
    default: return g.within[top.kind][slack];
  }
}

Token Decoder::cheapest_legal() const {
  const TokenSet set = legal();
  if (set.empty()) throw Error("the program is already complete");
  const int kind = stack_.back().kind;
  Token best = set.first();
  for (Token t : set.to_vector())
    if (extra_cost(kind, t) < extra_cost(kind, best)) best = t;
  return best;
}

void Decoder::advance(Token t) {
  if (auto illegal = try_advance(t)) throw Error(illegal->message);
}

std::optional<Illegal> Decoder::try_advance(Token t) {
  if (!legal().contains(t)) return explain(t);
  tokens_.push_back(t);
  apply(t);
  pop_silent_frames();
  legal_ = compute_legal();
  return std::nullopt;
}

void Decoder::apply(Token t) {
  const Frame top = stack_.back();
  if (top.kind != kBlock || t == Token::EndBlock) {
    stack_.pop_back();
    pending_cost_ -= frame_cost(top);
  }
  switch (top.kind) {
    case kFuncDef:
      params_ = bound_ = static_cast<std::uint16_t>((1u << arity_of_def(t)) - 1u);
      introduced_ = 0;
      push({kBlock});
      return;
    case kTarget: {
      const int local = name_index(t) - kMaxParams;
      if (local == introduced_) ++introduced_;
      stack_[stack_.size() - 2].a = static_cast<std::uint8_t>(name_index(t));  // the binder below the expression
      return;
    }
    case kExpr: {
      const TokenInfo& row = info(t);
      for (int i = row.slot_count - 1; i >= 0; --i)
        push({row.slots[i] == Slot::CmpOp ? std::uint8_t{kCmpOp} : std::uint8_t{kExpr},
              static_cast<std::uint8_t>(top.a + 1)});
      return;
    }
    case kBlock: break;
    default: return;  // EndModule, BoundLocal, AugOp, CmpOp: nothing follows
  }
  if (t == Token::EndBlock) return;
  Frame& block = stack_.back();
  if (block.c++ == 0) pending_cost_ -= kEmptyBlockCost - 1;
  const auto inner = static_cast<std::uint8_t>(block.a + 1);
  const std::uint8_t in_loop = block.b;
  switch (t) {
    case Token::Assign: push({kBindName}); push({kExpr}); push({kTarget}); break;
    case Token::AugAssign: push({kExpr}); push({kAugOp}); push({kBoundLocal}); break;
    case Token::Return: push({kTerminate}); push({kExpr}); break;
    case Token::ReturnNone:
    case Token::Break:
    case Token::Continue: bound_ = kUnreachable; break;
    case Token::If:
      push({kRestoreScope, 0, 0, 0, bound_});
      push({kBlock, inner, in_loop});
      push({kExpr});
      break;
    case Token::IfElse:
      push({kJoinArms});
      push({kBlock, inner, in_loop});
      push({kElseArm, 0, 0, 0, bound_});
      push({kBlock, inner, in_loop});
      push({kExpr});
      break;
    case Token::For:
      push({kRestoreScope, 0, 0, 0, bound_});
      push({kBlock, inner, 1});
      push({kBindName});
      push({kExpr});
      push({kTarget});
      break;
    case Token::While:
      push({kRestoreScope, 0, 0, 0, bound_});
      push({kBlock, inner, 1});
      push({kExpr});
      break;
    default: break;
  }
}

void Decoder::pop_silent_frames() {
  while (!stack_.empty() && stack_.back().kind >= kTokenFrameCount) {
    const Frame f = stack_.back();
    stack_.pop_back();
    switch (f.kind) {
      case kBindName: bound_ |= static_cast<std::uint16_t>(1u << f.a); break;
      case kElseArm:
        stack_[stack_.size() - 2].scope2 = bound_;  // the join below the second arm
        bound_ = f.scope;
        break;
      case kJoinArms: bound_ &= f.scope2; break;
      case kRestoreScope: bound_ = f.scope; break;
      case kTerminate: bound_ = kUnreachable; break;
    }
  }
}

namespace {
std::string disabled_reason(Token t) {
  const std::string name(info(t).name);
  if (info(t).category == Category::FunctionDef)
    return "arity " + std::to_string(arity_of_def(t)) + " is not among the config's arities";
  if (is_small_constant(t)) return "constant " + name + " is outside the config's const_range";
  if (t == Token::Pad) return "'<pad>' is not part of any program";
  return "token '" + name + "' is not enabled in this config (feature " + std::string(feature_name(info(t).feature)) + ")";
}
}  // namespace

std::optional<Illegal> Decoder::explain(Token t) const {
  const std::string name(info(t).name);
  if (stack_.empty()) return Illegal{IllegalReason::Complete, "the program is already complete"};
  if (legal().contains(t)) return std::nullopt;
  const Grammar& g = *grammar_;
  const DecodeConfig& cfg = g.config;
  if (t == Token::Pad || (!g.enabled.contains(t) && info(t).category != Category::Name))
    return Illegal{IllegalReason::Disabled, disabled_reason(t)};
  const Frame& top = stack_.back();
  const bool is_name = info(t).category == Category::Name;
  const bool name_slot = top.kind == kExpr || top.kind == kTarget || top.kind == kBoundLocal;
  if (is_name && name_slot)
    return Illegal{IllegalReason::NotInScope, "name '" + name + "' is not definitely assigned here"};
  if (!g.base[top.kind].contains(t))
    return Illegal{IllegalReason::Grammar, "token '" + name + "' cannot appear here"};
  if (top.kind == kBlock) {
    if (top.c >= cfg.max_block_stmts)
      return Illegal{IllegalReason::Depth, "the block already holds max_block_stmts statements"};
    if (t == Token::EndBlock) return Illegal{IllegalReason::Grammar, "a block needs at least one statement"};
    if (kCompound.contains(t) && top.a >= cfg.max_control_depth)
      return Illegal{IllegalReason::Depth, "'" + name + "' would exceed max_control_depth"};
    if (kLoopControl.contains(t) && !top.b)
      return Illegal{IllegalReason::OutsideLoop, "'" + name + "' outside a loop"};
    if (t == Token::AugAssign && (readable_names() & kAllLocals) == 0)
      return Illegal{IllegalReason::NotInScope, "augmented assignment needs a definitely assigned local"};
  }
  if (top.kind == kExpr && top.a >= cfg.max_expr_depth)
    return Illegal{IllegalReason::Depth, "'" + name + "' would exceed max_expr_depth"};
  return Illegal{IllegalReason::Budget, "'" + name + "' cannot be completed within max_len " + std::to_string(cfg.max_len)};
}

Validation validate(std::span<const Token> tokens, const std::shared_ptr<const Grammar>& grammar, Start start) {
  Decoder decoder(grammar, start);
  Validation v;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!is_valid_id(id(tokens[i]))) {
      v.ok = false;
      v.position = i;
      v.illegal = Illegal{IllegalReason::Grammar, "token id " + std::to_string(id(tokens[i])) + " is not in the vocabulary"};
      return v;
    }
    if (auto illegal = decoder.try_advance(tokens[i])) {
      v.ok = false;
      v.position = i;
      v.illegal = std::move(illegal);
      return v;
    }
  }
  v.position = tokens.size();
  v.complete = decoder.is_complete();
  return v;
}

Validation validate(std::span<const Token> tokens, const DecodeConfig& cfg, Start start) {
  return validate(tokens, compile_grammar(cfg), start);
}

}  // namespace pyprior::prior
