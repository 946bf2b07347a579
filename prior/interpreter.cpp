#include "prior/interpreter.hpp"

#include <array>
#include <charconv>
#include <compare>
#include <forward_list>
#include <limits>
#include <vector>

#include "prior/error.hpp"

// How a call runs. The compiler turns the preorder token stream into a flat
// array of Nodes, also in preorder, each holding the handler for its token
// (looked up once, in the tables below) and the offsets of its children.
// Running is then a walk in which every node calls its handler directly.
//
// Errors and caps do not unwind with C++ exceptions (a ZeroDivisionError is
// a common outcome, and throwing costs microseconds): a handler records why
// the call stops in Frame::stop and every caller checks it after each child.

namespace pyprior::prior {

namespace {

// ---- values ---------------------------------------------------------------

// A value of the language: an int, or a bool (an int subclass with its own
// repr, which & | ^ of two bools and the operand-returning forms preserve).
// Sixteen trivially copyable bytes, so handlers pass and return values in
// registers and a call never constructs or destroys one. `tag` says what
// `small` means:
//   kInt  -> the int `small`
//   kBool -> the bool `small` (0 or 1)
//   other -> the address of an Integer that does not fit in 64 bits, owned
//            by the call's arena, the program's constants or the arguments.
// Addresses are aligned, so `(x.tag | y.tag) <= kBool` tests that both values
// are machine words with one branch.
struct Value {
  std::int64_t small;
  std::uintptr_t tag;
};
constexpr std::uintptr_t kInt = 0;
constexpr std::uintptr_t kBool = 1;
static_assert(alignof(Integer) > kBool);

constexpr Value int_value(std::int64_t x) { return {x, kInt}; }
constexpr Value bool_value(bool truth) { return {truth ? 1 : 0, kBool}; }
Value big_value(const Integer& x) { return {0, reinterpret_cast<std::uintptr_t>(&x)}; }

bool is_big(Value value) { return value.tag > kBool; }
bool is_bool(Value value) { return value.tag == kBool; }
const Integer& big_of(Value value) { return *reinterpret_cast<const Integer*>(value.tag); }

// Big values are never zero (Integer keeps zero inline).
bool truthy(Value value) { return is_big(value) || value.small != 0; }

Integer integer_of(Value value) { return is_big(value) ? big_of(value) : Integer(value.small); }

// Any Integer as a Value; values that fit stay inline.
Value value_of(const Integer& x) { return x.fits_int64() ? int_value(x.to_int64()) : big_value(x); }

std::strong_ordering compare(Value x, Value y) {
  if ((x.tag | y.tag) <= kBool) return x.small <=> y.small;
  return integer_of(x) <=> integer_of(y);
}

std::string repr(Value value) {
  if (is_bool(value)) return value.small != 0 ? "True" : "False";
  if (is_big(value)) return big_of(value).to_string();
  char buffer[24];
  return std::string(buffer, std::to_chars(buffer, buffer + sizeof buffer, value.small).ptr);
}

// ---- why a call stops early ------------------------------------------------

enum class Stop : std::uint8_t {
  None,
  ZeroDivisionError,
  ValueError,  // a negative shift count
  UnboundLocalError,
  NameError,
  Overflow,
  StepLimit,
};

struct StopInfo {
  Stop stop;
  Outcome::Kind kind;
  const char* text;
};

constexpr std::array kStops = {
    StopInfo{Stop::None, Outcome::Kind::None, "None"},
    StopInfo{Stop::ZeroDivisionError, Outcome::Kind::Exception, "ZeroDivisionError"},
    StopInfo{Stop::ValueError, Outcome::Kind::Exception, "ValueError"},
    StopInfo{Stop::UnboundLocalError, Outcome::Kind::Exception, "UnboundLocalError"},
    StopInfo{Stop::NameError, Outcome::Kind::Exception, "NameError"},
    StopInfo{Stop::Overflow, Outcome::Kind::Overflow, "overflow"},
    StopInfo{Stop::StepLimit, Outcome::Kind::StepLimit, "step_limit"},
};
static_assert([] {
  for (std::size_t i = 0; i < kStops.size(); ++i)
    if (static_cast<std::size_t>(kStops[i].stop) != i) return false;
  return true;
}());

constexpr Stop stop_for(ArithmeticError error) {
  switch (error) {
    case ArithmeticError::None: return Stop::None;
    case ArithmeticError::ZeroDivision: return Stop::ZeroDivisionError;
    case ArithmeticError::NegativeShiftCount: return Stop::ValueError;
    case ArithmeticError::TooManyBits: return Stop::Overflow;
  }
  return Stop::None;
}

// ---- compiled form and runtime state ---------------------------------------

struct Frame;
struct Node;
using Evaluate = Value (*)(Frame&, const Node&);

// What a statement tells the block that runs it.
enum class Flow : std::uint8_t { Next, Break, Continue, Return, Stop };
using Execute = Flow (*)(Frame&, const Node&);

// Names and constants are read by their parents directly (see evaluate).
enum class Leaf : std::uint8_t { No, Name, Constant };

struct Node {
  union {
    Evaluate evaluate;  // expression nodes
    Execute execute;    // statement nodes
  };
  // Offsets from this node to its Expr children and to the first statements
  // of its blocks, in slot order (children follow their parent in preorder).
  std::array<std::int32_t, 3> child{};
  std::int32_t next = 0;      // statements: offset to the next one in the block; 0 at the end
  std::int32_t constant = 0;  // constants: index in Program::constants
  std::uint8_t name = 0;      // names, assignment and loop targets
  std::array<std::uint8_t, 2> operators{};  // AugOp / CmpOp slots: index in their family's table
  Stop unbound = Stop::None;  // what reading `name` raises while it is unbound
  Leaf leaf = Leaf::No;

  const Node& operator[](int slot) const { return *(this + child[slot]); }
};

struct Frame {
  Frame(const Value* constants, const Limits& limits)
      : constants(constants), steps_left(limits.max_steps), max_int_bits(limits.max_int_bits) {}

  const Value* constants;
  std::int64_t steps_left;
  std::int64_t max_int_bits;
  Stop stop = Stop::None;
  bool returned_value = false;  // Flow::Return carried a value (else None)
  Value result{};
  std::array<Value, kNameCount> names;  // meaningful where bound
  std::array<bool, kNameCount> bound{};
  // Big results of this call. A forward_list allocates nothing until used
  // and never moves an element, so Values may point into it.
  std::forward_list<Integer> arena;

  bool stopped() const { return stop != Stop::None; }
  Flow halt(Stop why) {
    stop = why;
    return Flow::Stop;
  }
  // One step per statement and per loop iteration; false once the budget is spent.
  bool charge_step() {
    if (--steps_left >= 0) return true;
    halt(Stop::StepLimit);
    return false;
  }
  void bind(std::uint8_t name, Value value) {
    names[name] = value;
    bound[name] = true;
  }
  Integer take(ArithmeticResult result) {
    if (!result.ok()) stop = stop_for(result.error);
    return std::move(result.value);
  }
  // Arithmetic results as Values. One larger than the cap ends the call;
  // every int64 passes a cap of 64 bits or more, so the common case is one test.
  Value keep(std::int64_t x) {
    if (max_int_bits < 64 && bit_length_int64(x) > max_int_bits) stop = Stop::Overflow;
    return int_value(x);
  }
  Value keep(Integer x) {
    if (stopped()) return {};
    if (x.fits_int64()) return keep(x.to_int64());
    if (x.bit_length() > max_int_bits) {
      stop = Stop::Overflow;
      return {};
    }
    arena.push_front(std::move(x));
    return big_value(arena.front());
  }
};

Value load_name(Frame& frame, const Node& node) {
  if (!frame.bound[node.name]) [[unlikely]] {
    frame.stop = node.unbound;
    return {};
  }
  return frame.names[node.name];
}

Value load_constant(Frame& frame, const Node& node) { return frame.constants[node.constant]; }

// Most operands are names or constants: read them without a call through
// the node's handler.
Value evaluate(Frame& frame, const Node& node) {
  if (node.leaf == Leaf::Name) return load_name(frame, node);
  if (node.leaf == Leaf::Constant) return load_constant(frame, node);
  return node.evaluate(frame, node);
}

// ---- binary operators: one row per token, Add .. RShift --------------------

// Each operator is an int64 kernel (integer.hpp) for the common case and the
// general Integer operation for the rest, errors included.
using Kernel = bool (*)(std::int64_t, std::int64_t, std::int64_t&) noexcept;
using Arithmetic = Integer (*)(Frame&, const Integer&, const Integer&);
using Combine = Value (*)(Frame&, Value, Value);

Integer python_add(Frame&, const Integer& x, const Integer& y) { return add(x, y); }
Integer python_subtract(Frame&, const Integer& x, const Integer& y) { return subtract(x, y); }
Integer python_multiply(Frame&, const Integer& x, const Integer& y) { return multiply(x, y); }
Integer python_floor_divide(Frame& frame, const Integer& x, const Integer& y) { return frame.take(floor_divide(x, y)); }
Integer python_modulo(Frame& frame, const Integer& x, const Integer& y) { return frame.take(modulo(x, y)); }
Integer python_bit_and(Frame&, const Integer& x, const Integer& y) { return bit_and(x, y); }
Integer python_bit_or(Frame&, const Integer& x, const Integer& y) { return bit_or(x, y); }
Integer python_bit_xor(Frame&, const Integer& x, const Integer& y) { return bit_xor(x, y); }
Integer python_left_shift(Frame& frame, const Integer& x, const Integer& y) {
  return frame.take(left_shift(x, y, frame.max_int_bits));
}
Integer python_right_shift(Frame& frame, const Integer& x, const Integer& y) { return frame.take(right_shift(x, y)); }

// bool_closed: bool (op) bool is a bool (& | ^; the result is 0 or 1); every
// other operator gives an int.
// Out of line, so that the int64 path needs no stack frame.
template <Arithmetic arithmetic>
[[gnu::noinline]] Value combine_integers(Frame& frame, Value x, Value y) {
  return frame.keep(arithmetic(frame, integer_of(x), integer_of(y)));
}

template <Kernel kernel, Arithmetic arithmetic, bool bool_closed>
Value combine(Frame& frame, Value x, Value y) {
  std::int64_t small;
  Value result = (x.tag | y.tag) <= kBool && kernel(x.small, y.small, small) ? frame.keep(small)
                                                                             : combine_integers<arithmetic>(frame, x, y);
  if (bool_closed && is_bool(x) && is_bool(y)) result.tag = kBool;
  return result;
}

template <Combine combine>
Value evaluate_binary(Frame& frame, const Node& node) {
  const Value x = evaluate(frame, node[0]);
  if (frame.stopped()) return {};
  const Value y = evaluate(frame, node[1]);
  if (frame.stopped()) return {};
  return combine(frame, x, y);
}

struct BinaryOperator {
  Token token;
  Combine combine;    // for augmented assignment
  Evaluate evaluate;  // for the expression node
};

template <Kernel kernel, Arithmetic arithmetic, bool bool_closed>
constexpr BinaryOperator binary_operator(Token token) {
  constexpr Combine combined = &combine<kernel, arithmetic, bool_closed>;
  return {token, combined, &evaluate_binary<combined>};
}

constexpr std::array kBinaryOperators = {
    binary_operator<add_int64, python_add, false>(Token::Add),
    binary_operator<subtract_int64, python_subtract, false>(Token::Sub),
    binary_operator<multiply_int64, python_multiply, false>(Token::Mul),
    binary_operator<floor_divide_int64, python_floor_divide, false>(Token::FloorDiv),
    binary_operator<modulo_int64, python_modulo, false>(Token::Mod),
    binary_operator<bit_and_int64, python_bit_and, true>(Token::BitAnd),
    binary_operator<bit_or_int64, python_bit_or, true>(Token::BitOr),
    binary_operator<bit_xor_int64, python_bit_xor, true>(Token::BitXor),
    binary_operator<left_shift_int64, python_left_shift, false>(Token::LShift),
    binary_operator<right_shift_int64, python_right_shift, false>(Token::RShift),
};

// ---- comparisons: one row per token, Lt .. NotEq ---------------------------

using Holds = bool (*)(std::strong_ordering);

bool holds_less(std::strong_ordering order) { return order < 0; }
bool holds_less_equal(std::strong_ordering order) { return order <= 0; }
bool holds_greater(std::strong_ordering order) { return order > 0; }
bool holds_greater_equal(std::strong_ordering order) { return order >= 0; }
bool holds_equal(std::strong_ordering order) { return order == 0; }
bool holds_not_equal(std::strong_ordering order) { return order != 0; }

template <Holds holds>
Value evaluate_comparison(Frame& frame, const Node& node) {
  const Value x = evaluate(frame, node[0]);
  if (frame.stopped()) return {};
  const Value y = evaluate(frame, node[1]);
  if (frame.stopped()) return {};
  return bool_value(holds(compare(x, y)));
}

struct ComparisonOperator {
  Token token;
  Holds holds;
  Evaluate evaluate;
};

template <Holds holds>
constexpr ComparisonOperator comparison_operator(Token token) {
  return {token, holds, &evaluate_comparison<holds>};
}

constexpr std::array kComparisonOperators = {
    comparison_operator<holds_less>(Token::Lt),          comparison_operator<holds_less_equal>(Token::LtE),
    comparison_operator<holds_greater>(Token::Gt),       comparison_operator<holds_greater_equal>(Token::GtE),
    comparison_operator<holds_equal>(Token::Eq),         comparison_operator<holds_not_equal>(Token::NotEq),
};

// `(x op0 y op1 z)`: y is evaluated once, z only when the first test holds.
Value evaluate_chain(Frame& frame, const Node& node) {
  const Value x = evaluate(frame, node[0]);
  if (frame.stopped()) return {};
  const Value y = evaluate(frame, node[1]);
  if (frame.stopped()) return {};
  if (!kComparisonOperators[node.operators[0]].holds(compare(x, y))) return bool_value(false);
  const Value z = evaluate(frame, node[2]);
  if (frame.stopped()) return {};
  return bool_value(kComparisonOperators[node.operators[1]].holds(compare(y, z)));
}

// ---- the other expression forms: one row per token -------------------------

// -x, ~x and abs(x) are ints even for a bool x.
template <bool (*kernel)(std::int64_t, std::int64_t&) noexcept, Integer (*operation)(const Integer&)>
Value evaluate_unary(Frame& frame, const Node& node) {
  const Value x = evaluate(frame, node[0]);
  if (frame.stopped()) return {};
  std::int64_t small;
  if (!is_big(x) && kernel(x.small, small)) return frame.keep(small);
  return frame.keep(operation(integer_of(x)));
}

Value evaluate_not(Frame& frame, const Node& node) {
  const Value x = evaluate(frame, node[0]);
  if (frame.stopped()) return {};
  return bool_value(!truthy(x));
}

// and / or return the operand that decided, leaving the other unevaluated.
Value evaluate_and(Frame& frame, const Node& node) {
  const Value x = evaluate(frame, node[0]);
  if (frame.stopped() || !truthy(x)) return x;
  return evaluate(frame, node[1]);
}

Value evaluate_or(Frame& frame, const Node& node) {
  const Value x = evaluate(frame, node[0]);
  if (frame.stopped() || truthy(x)) return x;
  return evaluate(frame, node[1]);
}

// Slots: test, body, orelse; rendered `(body if test else orelse)`.
Value evaluate_if_expression(Frame& frame, const Node& node) {
  const Value test = evaluate(frame, node[0]);
  if (frame.stopped()) return {};
  return evaluate(frame, node[truthy(test) ? 1 : 2]);
}

// CPython's min/max keep the current item unless the next one is strictly
// smaller (greater), so ties return the first operand, bool or not.
template <Holds replaces>
Value evaluate_min_max(Frame& frame, const Node& node) {
  const Value x = evaluate(frame, node[0]);
  if (frame.stopped()) return {};
  const Value y = evaluate(frame, node[1]);
  if (frame.stopped()) return {};
  return replaces(compare(y, x)) ? y : x;
}

struct ExpressionForm {
  Token token;
  Evaluate evaluate;
};

constexpr std::array kExpressionForms = {
    ExpressionForm{Token::Chain, evaluate_chain},
    ExpressionForm{Token::Neg, evaluate_unary<negate_int64, negate>},
    ExpressionForm{Token::Invert, evaluate_unary<invert_int64, invert>},
    ExpressionForm{Token::Not, evaluate_not},
    ExpressionForm{Token::And, evaluate_and},
    ExpressionForm{Token::Or, evaluate_or},
    ExpressionForm{Token::IfExp, evaluate_if_expression},
    ExpressionForm{Token::Abs, evaluate_unary<absolute_int64, absolute>},
    ExpressionForm{Token::Min, evaluate_min_max<holds_less>},
    ExpressionForm{Token::Max, evaluate_min_max<holds_greater>},
};

// ---- statements: one row per token ------------------------------------------

Flow execute_block(Frame& frame, const Node& first) {
  for (const Node* statement = &first;; statement += statement->next) {
    if (!frame.charge_step()) return Flow::Stop;
    const Flow flow = statement->execute(frame, *statement);
    if (flow != Flow::Next) return flow;
    if (statement->next == 0) return Flow::Next;
  }
}

Flow execute_assign(Frame& frame, const Node& node) {
  const Value value = evaluate(frame, node[0]);
  if (frame.stopped()) return Flow::Stop;
  frame.bind(node.name, value);
  return Flow::Next;
}

// Python reads the target before evaluating the right side.
Flow execute_augmented_assign(Frame& frame, const Node& node) {
  if (!frame.bound[node.name]) return frame.halt(node.unbound);
  const Value operand = evaluate(frame, node[0]);
  if (frame.stopped()) return Flow::Stop;
  const Value result = kBinaryOperators[node.operators[0]].combine(frame, frame.names[node.name], operand);
  if (frame.stopped()) return Flow::Stop;
  frame.bind(node.name, result);
  return Flow::Next;
}

Flow execute_if(Frame& frame, const Node& node) {
  const Value test = evaluate(frame, node[0]);
  if (frame.stopped()) return Flow::Stop;
  return truthy(test) ? execute_block(frame, node[1]) : Flow::Next;
}

Flow execute_if_else(Frame& frame, const Node& node) {
  const Value test = evaluate(frame, node[0]);
  if (frame.stopped()) return Flow::Stop;
  return execute_block(frame, node[truthy(test) ? 1 : 2]);
}

Flow execute_return(Frame& frame, const Node& node) {
  frame.result = evaluate(frame, node[0]);
  if (frame.stopped()) return Flow::Stop;
  frame.returned_value = true;
  return Flow::Return;
}

Flow execute_return_none(Frame&, const Node&) { return Flow::Return; }
Flow execute_break(Frame&, const Node&) { return Flow::Break; }
Flow execute_continue(Frame&, const Node&) { return Flow::Continue; }

// What a loop does once its body has run: keep going, leave normally, or
// pass a return or a stop up.
enum class AfterBody : std::uint8_t { Loop, Leave, Propagate };
AfterBody after_body(Flow flow) {
  if (flow == Flow::Next || flow == Flow::Continue) return AfterBody::Loop;
  return flow == Flow::Break ? AfterBody::Leave : AfterBody::Propagate;
}

// `for name in range(count)`; a count beyond int64 is clamped, since the
// step cap ends such a loop long before.
Flow execute_for(Frame& frame, const Node& node) {
  const Value count = evaluate(frame, node[0]);
  if (frame.stopped()) return Flow::Stop;
  const std::int64_t end = !is_big(count)                ? count.small
                           : big_of(count).is_negative() ? 0
                                                         : std::numeric_limits<std::int64_t>::max();
  for (std::int64_t i = 0; i < end; ++i) {
    if (!frame.charge_step()) return Flow::Stop;
    frame.bind(node.name, int_value(i));
    const Flow flow = execute_block(frame, node[1]);
    const AfterBody next = after_body(flow);
    if (next == AfterBody::Leave) break;
    if (next == AfterBody::Propagate) return flow;
  }
  return Flow::Next;
}

Flow execute_while(Frame& frame, const Node& node) {
  for (;;) {
    const Value test = evaluate(frame, node[0]);
    if (frame.stopped()) return Flow::Stop;
    if (!truthy(test)) return Flow::Next;
    if (!frame.charge_step()) return Flow::Stop;
    const Flow flow = execute_block(frame, node[1]);
    const AfterBody next = after_body(flow);
    if (next == AfterBody::Leave) return Flow::Next;
    if (next == AfterBody::Propagate) return flow;
  }
}

struct StatementForm {
  Token token;
  Execute execute;
};

constexpr std::array kStatementForms = {
    StatementForm{Token::Assign, execute_assign},
    StatementForm{Token::AugAssign, execute_augmented_assign},
    StatementForm{Token::If, execute_if},
    StatementForm{Token::IfElse, execute_if_else},
    StatementForm{Token::Return, execute_return},
    StatementForm{Token::ReturnNone, execute_return_none},
    StatementForm{Token::For, execute_for},
    StatementForm{Token::While, execute_while},
    StatementForm{Token::Break, execute_break},
    StatementForm{Token::Continue, execute_continue},
};

// ---- table lookups and their static checks ----------------------------------

template <typename Table>
constexpr bool rows_follow_tokens(const Table& table, Token first) {
  for (std::size_t i = 0; i < table.size(); ++i)
    if (id(table[i].token) != id(first) + static_cast<int>(i)) return false;
  return true;
}
static_assert(rows_follow_tokens(kBinaryOperators, Token::Add) && kBinaryOperators.back().token == Token::RShift);
static_assert(rows_follow_tokens(kComparisonOperators, Token::Lt) &&
              kComparisonOperators.back().token == Token::NotEq);

template <typename Table>
constexpr bool covers_category(const Table& table, Category category) {
  int rows = 0;
  for (const TokenInfo& token : kTokenTable) {
    if (token.category != category) continue;
    bool found = false;
    for (const auto& row : table) found = found || row.token == token.token;
    if (!found) return false;
    ++rows;
  }
  return rows > 0;
}
static_assert(covers_category(kBinaryOperators, Category::BinaryOp));
static_assert(covers_category(kComparisonOperators, Category::Comparison));
static_assert(covers_category(kStatementForms, Category::Statement));
static_assert(covers_category(kExpressionForms, Category::Chain) && covers_category(kExpressionForms, Category::UnaryOp) &&
              covers_category(kExpressionForms, Category::BoolOp) &&
              covers_category(kExpressionForms, Category::Conditional) &&
              covers_category(kExpressionForms, Category::Builtin));

template <typename Table>
constexpr const auto* find_row(const Table& table, Token token) {
  for (const auto& row : table)
    if (row.token == token) return &row;
  return static_cast<decltype(&table[0])>(nullptr);
}

Evaluate expression_handler(Token token) {
  if (info(token).category == Category::Name) return load_name;
  if (info(token).category == Category::Constant) return load_constant;
  if (const auto* row = find_row(kBinaryOperators, token)) return row->evaluate;
  if (const auto* row = find_row(kComparisonOperators, token)) return row->evaluate;
  return find_row(kExpressionForms, token)->evaluate;
}

// Handlers and constant values by token id, looked up once: compiling a
// program is on the hot path of sampling with --run.
struct TokenTables {
  std::array<Evaluate, kVocabSize> evaluate{};
  std::array<Execute, kVocabSize> execute{};
  std::array<Integer, kVocabSize> constant{};

  TokenTables() {
    for (const TokenInfo& row : kTokenTable) {
      const Token token = row.token;
      if (is_expression(row.category)) evaluate[id(token)] = expression_handler(token);
      if (const auto* form = find_row(kStatementForms, token)) execute[id(token)] = form->execute;
      if (row.category == Category::Constant) constant[id(token)] = *Integer::from_string(row.python);
    }
  }
};

const TokenTables& token_tables() {
  static const TokenTables tables;
  return tables;
}

}  // namespace

// ---- compiling -----------------------------------------------------------------

namespace detail {

struct Program {
  std::vector<Node> nodes;
  std::vector<Value> constants;
  std::forward_list<Integer> big_constants;  // what big constant Values point at
  std::int32_t entry = 0;  // first statement of the entry function
  int arity = 0;
};

}  // namespace detail

namespace {

// Reads a token stream slot by slot, following the vocabulary table, and
// appends one Node per token except EndBlock / EndModule (a block is the
// chain of its statements).
class Compiler {
 public:
  explicit Compiler(std::span<const Token> tokens) : tokens_(tokens), tables_(token_tables()) {
    // One allocation each: a program has at most one node or constant per token.
    program_.nodes.reserve(tokens.size());
    program_.constants.reserve(tokens.size());
  }

  detail::Program compile(Start start) {
    if (start == Start::Function) {
      function();
    } else if (start == Start::Module) {
      while (!at_end() && peek() != Token::EndModule) function();
      if (program_.nodes.empty()) fail("a module needs at least one function");
      expect(Token::EndModule);
    } else {
      fail("the interpreter runs a function or a module, not a block or an expression");
    }
    if (!at_end()) fail("tokens after the end of the program");
    return std::move(program_);
  }

 private:
  [[noreturn]] void fail(const std::string& why) const {
    throw Error("interpreter: " + why + " (at token " + std::to_string(position_) + ")");
  }
  bool at_end() const { return position_ >= tokens_.size(); }
  Token peek() const {
    if (at_end()) fail("the token stream ends inside the program");
    return tokens_[position_];
  }
  Token take() {
    const Token token = peek();
    ++position_;
    return token;
  }
  void expect(Token token) {
    if (take() != token) fail("expected " + std::string(info(token).name));
  }

  // Python decides per function which names are local: parameters and every
  // name bound anywhere in the body. Reading a local before it is bound
  // raises UnboundLocalError; reading any other name is a (failed) global
  // lookup: NameError.
  void function() {
    const Token def = take();
    if (info(def).category != Category::FunctionDef) fail("expected a function definition");
    arity_ = arity_of_def(def);
    local_.fill(false);
    for (int parameter = 0; parameter < arity_; ++parameter) local_[parameter] = true;
    const std::size_t first = program_.nodes.size();
    program_.entry = block(/*in_loop=*/false, 0);
    program_.arity = arity_;
    // Without a branch per node: names and other nodes alternate at random.
    for (std::size_t i = first; i < program_.nodes.size(); ++i) {
      Node& node = program_.nodes[i];
      const Stop read_error = local_[node.name] ? Stop::UnboundLocalError : Stop::NameError;
      node.unbound = node.leaf == Leaf::Name ? read_error : node.unbound;
    }
  }

  // Statements up to EndBlock; returns the index of the first one.
  std::int32_t block(bool in_loop, int depth) {
    const auto first = static_cast<std::int32_t>(program_.nodes.size());
    std::int32_t previous = -1;
    while (peek() != Token::EndBlock) {
      const std::int32_t current = statement(in_loop, depth);
      if (previous >= 0) program_.nodes[previous].next = current - previous;
      previous = current;
    }
    take();
    if (previous < 0) fail("an empty block");
    return first;
  }

  std::int32_t statement(bool in_loop, int depth) {
    const Token token = take();
    if (info(token).category != Category::Statement) fail("expected a statement, got " + std::string(info(token).name));
    if ((token == Token::Break || token == Token::Continue) && !in_loop)
      fail(std::string(info(token).name) + " outside a loop");
    const std::int32_t index = new_node(depth);
    program_.nodes[index].execute = tables_.execute[id(token)];
    read_slots(token, index, in_loop, depth);
    return index;
  }

  std::int32_t expression(int depth) {
    const Token token = take();
    if (!is_expression(info(token).category)) fail("expected an expression, got " + std::string(info(token).name));
    const std::int32_t index = new_node(depth);
    program_.nodes[index].evaluate = tables_.evaluate[id(token)];
    // Leaves have no slots: half of all expressions are done here.
    if (info(token).category == Category::Name) {
      program_.nodes[index].leaf = Leaf::Name;
      program_.nodes[index].name = static_cast<std::uint8_t>(name_index(token));
    } else if (info(token).category == Category::Constant) {
      program_.nodes[index].leaf = Leaf::Constant;
      program_.nodes[index].constant = constant(token);
    } else {
      read_slots(token, index, /*in_loop=*/false, depth);
    }
    return index;
  }

  // Fills the node's fields from the token's slots, in table order.
  void read_slots(Token token, std::int32_t index, bool in_loop, int depth) {
    int children = 0;
    int operators = 0;
    const TokenInfo& row = info(token);
    for (int s = 0; s < row.slot_count; ++s) {
      std::int32_t child = -1;
      switch (row.slots[s]) {
        case Slot::Expr: child = expression(depth + 1); break;
        case Slot::Block: child = block(in_loop, depth + 1); break;
        case Slot::LoopBlock: child = block(/*in_loop=*/true, depth + 1); break;
        case Slot::Target: program_.nodes[index].name = target(); break;
        case Slot::BoundLocal:
          program_.nodes[index].name = target();
          program_.nodes[index].unbound = Stop::UnboundLocalError;
          break;
        case Slot::AugOp: program_.nodes[index].operators[operators++] = operator_index(Category::BinaryOp, Token::Add); break;
        case Slot::CmpOp: program_.nodes[index].operators[operators++] = operator_index(Category::Comparison, Token::Lt); break;
      }
      if (child >= 0) program_.nodes[index].child[children++] = child - index;
    }
  }

  // A name that a statement binds: local to the function from then on.
  std::uint8_t target() {
    const Token token = take();
    if (info(token).category != Category::Name) fail("expected a name, got " + std::string(info(token).name));
    const int name = name_index(token);
    local_[name] = true;
    return static_cast<std::uint8_t>(name);
  }

  // An operator token standing alone in an AugOp / CmpOp slot: its row in its family's table.
  std::uint8_t operator_index(Category family, Token first) {
    const Token token = take();
    if (info(token).category != family) fail("expected an operator, got " + std::string(info(token).name));
    return static_cast<std::uint8_t>(id(token) - id(first));
  }

  std::int32_t constant(Token token) {
    const Integer& value = tables_.constant[id(token)];
    if (value.fits_int64()) {
      program_.constants.push_back(int_value(value.to_int64()));
    } else {
      program_.big_constants.push_front(value);
      program_.constants.push_back(big_value(program_.big_constants.front()));
    }
    return static_cast<std::int32_t>(program_.constants.size() - 1);
  }

  std::int32_t new_node(int depth) {
    if (depth > CompiledFunction::kMaxNesting) fail("nesting deeper than " + std::to_string(CompiledFunction::kMaxNesting));
    program_.nodes.emplace_back();
    program_.nodes.back().evaluate = nullptr;
    return static_cast<std::int32_t>(program_.nodes.size() - 1);
  }

  std::span<const Token> tokens_;
  const TokenTables& tables_;
  std::size_t position_ = 0;
  detail::Program program_;
  int arity_ = 0;
  std::array<bool, kNameCount> local_{};
};

Outcome outcome(const Frame& frame, Flow flow) {
  if (flow == Flow::Stop) {
    const StopInfo& stop = kStops[static_cast<std::size_t>(frame.stop)];
    return Outcome{stop.kind, stop.text};
  }
  // Built in place: the repr is not copied again.
  return frame.returned_value ? Outcome{Outcome::Kind::Value, repr(frame.result)} : Outcome::none();
}

}  // namespace

CompiledFunction::CompiledFunction(std::span<const Token> tokens, Start start)
    : program_(std::make_shared<const detail::Program>(Compiler(tokens).compile(start))) {}

int CompiledFunction::arity() const { return program_->arity; }

Outcome CompiledFunction::call(std::span<const Integer> args, const Limits& limits) const {
  const detail::Program& program = *program_;
  if (args.size() != static_cast<std::size_t>(program.arity))
    throw Error("interpreter: the function takes " + std::to_string(program.arity) + " arguments, got " +
                std::to_string(args.size()));
  Frame frame(program.constants.data(), limits);
  for (int parameter = 0; parameter < program.arity; ++parameter)
    frame.bind(static_cast<std::uint8_t>(parameter), value_of(args[parameter]));
  return outcome(frame, execute_block(frame, program.nodes[program.entry]));
}

Outcome run(std::span<const Token> tokens, Start start, std::span<const Integer> args, const Limits& limits) {
  return CompiledFunction(tokens, start).call(args, limits);
}

}  // namespace pyprior::prior
