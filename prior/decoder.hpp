#pragma once
// Decoder: the constrained decoder of AST-CD. It holds a partial program and
// answers, at every step, the exact set of tokens that may come next.
//
// Contract:
//  * legal() = grammar FIRST set of the pending slot ∩ names definitely
//    assigned here ∩ depth / block-size guards ∩ the tokens whose cheapest
//    completion still fits in max_len. It is empty iff is_complete().
//  * advance(t) accepts exactly the tokens of legal(); anything else throws
//    Error and leaves the decoder unchanged.
//  * Any sequence of legal tokens reaches completion within max_len tokens:
//    the cheapest legal token never raises the minimum cost to complete.
//  * A token sequence is valid iff each token was legal at its step, so the
//    decoder is also the validator (validate()).
// A Decoder is a value: copying it forks the partial program.
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "prior/config.hpp"
#include "prior/token_set.hpp"

namespace pyprior::prior {

class Grammar;  // the config compiled to masks; shared by every decoder of one config

// The decoder's own vocabulary, here so that the position queries samplers
// ask at every step are inline.
namespace decoder_frames {
// Pending slots. The first group consumes one token each; the second group
// ("silent" frames) consumes none and only updates the scope when reached.
enum FrameKind : std::uint8_t {
  kFuncDef, kEndModule, kBlock, kExpr, kTarget, kBoundLocal, kAugOp, kCmpOp,
  kTokenFrameCount,
  kBindName = kTokenFrameCount,  // a: name index, bound once the frames above it are done
  kElseArm,                      // scope: the set before the if; the first arm's set goes to the join
  kJoinArms,                     // scope2: the first arm's set; after both arms: intersection
  kRestoreScope,                 // scope: the set before an if or loop, which may not run
  kTerminate,                    // after return: the rest of the block is unreachable
};

// After return / break / continue nothing in the block runs, so every visible
// name counts as assigned there: an if/else arm that ends this way does not
// restrict the names after the join.
constexpr std::uint16_t kUnreachable = 0xFFFF;
}  // namespace decoder_frames

// Why a token is not legal at a step; tokenize maps these onto error stages.
enum class IllegalReason : std::uint8_t {
  Complete,       // the program is already complete
  Disabled,       // the config leaves the token out (feature flag, const_range, arity)
  Grammar,        // the pending slot never takes this kind of token
  NotInScope,     // a name that is not definitely assigned (or not yet introduced) here
  Depth,          // expression or control nesting, or the block is full
  OutsideLoop,    // break / continue outside a loop
  Budget,         // the cheapest completion after it would exceed max_len
};

struct Illegal {
  IllegalReason reason;
  std::string message;
};

class Decoder {
 public:
  // Throws Error when cfg.validate() reports a problem.
  explicit Decoder(const DecodeConfig& cfg, Start start = Start::Function);
  Decoder(std::shared_ptr<const Grammar> grammar, Start start);

  TokenSet legal() const { return legal_; }
  std::vector<Token> next_legal_tokens() const { return legal().to_vector(); }
  bool is_legal(Token t) const { return legal().contains(t); }

  void advance(Token t);
  // Like advance, but reports instead of throwing; the decoder is unchanged
  // when the token is illegal.
  std::optional<Illegal> try_advance(Token t);
  // Why t is illegal now, or nullopt when it is legal.
  std::optional<Illegal> explain(Token t) const;

  bool is_complete() const { return stack_.empty(); }
  std::span<const Token> tokens() const { return tokens_; }
  Start start() const { return start_; }
  const DecodeConfig& config() const;
  const std::shared_ptr<const Grammar>& grammar() const { return grammar_; }

  // Tokens still allowed, and the fewest tokens that complete the program.
  int budget_remaining() const;
  int min_cost_to_complete() const { return pending_cost_; }
  // The legal token whose choice keeps the cost to complete lowest (lowest
  // id among ties): following it always closes the program quickly.
  Token cheapest_legal() const;
  // Where the pending slot sits, for samplers that weigh by position:
  // statements already in the current block, and expression nesting.
  int statement_count_in_block() const { return top_is(decoder_frames::kBlock) ? stack_.back().c : 0; }
  int expression_depth() const { return top_is(decoder_frames::kExpr) ? stack_.back().a : 0; }
  // Of the block whose statement is pending.
  int control_depth() const { return top_is(decoder_frames::kBlock) ? stack_.back().a : 0; }
  // After return / break / continue: what comes next in this block never runs.
  bool in_unreachable_code() const { return bound_ == decoder_frames::kUnreachable; }
  // True right after a statement of the outermost block has been completed
  // (the seed's "module boundary" for stop_at), and once complete.
  bool at_statement_boundary() const;

  struct Frame {
    std::uint8_t kind;
    std::uint8_t a = 0;  // block: control depth; expr: depth; binder: name index
    std::uint8_t b = 0;  // block: inside a loop
    std::uint8_t c = 0;  // block: statements so far
    std::uint16_t scope = 0;   // saved definitely-assigned set
    std::uint16_t scope2 = 0;  // the first arm's set, for if/else joins
  };

 private:
  bool top_is(std::uint8_t kind) const { return !stack_.empty() && stack_.back().kind == kind; }
  TokenSet compute_legal() const;
  void apply(Token t);
  void pop_silent_frames();
  void push(Frame f);
  int slack_for_top() const;
  // Definitely assigned names that exist: parameters and locals introduced so far.
  std::uint16_t readable_names() const;

  std::shared_ptr<const Grammar> grammar_;
  Start start_;
  std::vector<Token> tokens_;
  std::vector<Frame> stack_;
  int pending_cost_ = 0;        // sum of the min cost to complete every pending frame
  std::uint16_t bound_ = 0;     // bit i: name i (a, b, c, d, ...) is definitely assigned
  std::uint16_t params_ = 0;    // the parameters of the function being decoded
  std::uint8_t introduced_ = 0; // locals named so far, in order of first binding
  TokenSet legal_;              // of this state, computed once when the state is reached
};

// Compiles a config once, for many decoders.
std::shared_ptr<const Grammar> compile_grammar(const DecodeConfig& cfg);

struct Validation {
  bool ok = true;
  std::size_t position = 0;   // index of the first illegal token, or tokens.size() when incomplete
  std::optional<Illegal> illegal;
  bool complete = false;
};
// Replays tokens through a fresh decoder.
Validation validate(std::span<const Token> tokens, const DecodeConfig& cfg, Start start);
Validation validate(std::span<const Token> tokens, const std::shared_ptr<const Grammar>& grammar, Start start);

}  // namespace pyprior::prior
