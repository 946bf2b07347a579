#pragma once
// Backends: the Python implementations a campaign compares.
//
// Requirement (the Backend concept): run(batch) runs every program of the
// batch on each of its input tuples and returns one prior::Outcome per call,
// spelt as the bounded interpreter spells it — the Python repr of the value,
// "None", or the exception's type name. name() is the label findings use.
// A backend in another process may fail to finish a batch (it crashed, hung,
// or printed something that is not the driver's output): it then reports the
// failure with the outcomes of the programs it completed before it.
#include <concepts>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "harness/program.hpp"
#include "prior/interpreter.hpp"

namespace pyprior::harness {

using prior::Outcome;

// Why an implementation did not finish a batch.
struct Failure {
  enum class Kind : std::uint8_t { Crash, Hang };
  Kind kind = Kind::Crash;
  std::string detail;  // what happened: exit status or signal, the end of stderr

  bool operator==(const Failure&) const = default;
};

std::string_view failure_kind_name(Failure::Kind kind);  // "crash" / "hang"

struct BatchResult {
  // outcomes[p][k]: program p on its input k. Without a failure there is one
  // row per program; with one, rows for the leading programs that completed.
  std::vector<std::vector<Outcome>> outcomes;
  std::optional<Failure> failure;
};

template <class B>
concept Backend = requires(B& backend, std::span<const Program> batch) {
  { backend.name() } -> std::convertible_to<std::string>;
  { backend.run(batch) } -> std::same_as<BatchResult>;
};

// A backend of any type behind one value, so a campaign can hold a list of
// them chosen at run time. Copies share the backend.
class AnyBackend {
 public:
  template <Backend B>
  requires(!std::same_as<std::remove_cvref_t<B>, AnyBackend>) AnyBackend(B backend)
      : self_(std::make_shared<Model<B>>(std::move(backend))) {}

  std::string name() const { return self_->name(); }
  BatchResult run(std::span<const Program> batch) const { return self_->run(batch); }

 private:
  struct Interface {
    virtual ~Interface() = default;
    virtual std::string name() = 0;
    virtual BatchResult run(std::span<const Program> batch) = 0;
  };
  template <class B>
  struct Model final : Interface {
    explicit Model(B b) : backend(std::move(b)) {}
    std::string name() override { return backend.name(); }
    BatchResult run(std::span<const Program> batch) override { return backend.run(batch); }
    B backend;
  };
  std::shared_ptr<Interface> self_;
};

static_assert(Backend<AnyBackend>);

}  // namespace pyprior::harness
