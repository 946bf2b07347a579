// pyprior diff: the main job — a differential campaign between the bounded
// interpreter and Python implementations (embedded CPython by default, any
// other through --impl), every disagreement shrunk and written to a folder.
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <sstream>

#include "cli/command.hpp"
#include "cli/config_options.hpp"
#include "cli/diff_command.hpp"
#include "harness/campaign.hpp"
#include "harness/cpython_backend.hpp"
#include "harness/exec_backend.hpp"
#include "harness/impl_spec.hpp"
#include "harness/probe.hpp"
#include "prior/error.hpp"

namespace po = boost::program_options;

namespace pyprior::cli {
namespace {

using namespace pyprior::harness;

constexpr const char* kUsage =
    "usage: pyprior diff [--impl NAME=COMMAND]... [--programs N | --time SECONDS] [--seed S]\n"
    "                    [--profile seed|fuzz] [--inputs K] [--out DIR] [--jobs J]\n\n"
    "Runs random programs on the bounded interpreter (the reference) and on Python\n"
    "implementations: embedded CPython, plus each --impl — a preset (pypy, micropython)\n"
    "or NAME=COMMAND, where COMMAND runs a .py file whose path is appended. Every\n"
    "disagreement (mismatch), crash or hang is shrunk to a small program and written to\n"
    "DIR/<id>/ (repro.py, program.tokens, report.json); DIR/summary.json lists them.\n"
    "Without --programs or --time: 2,000 programs. Progress goes to stderr (a live line\n"
    "on a terminal, a line every 30 s otherwise); Ctrl-C stops after the batch in hand\n"
    "and keeps every finding and the summary.\n"
    "Exit status: 0 no findings, 1 findings, 2 usage or setup error.";

std::atomic<bool> stop_requested{false};

extern "C" void request_stop(int) { stop_requested.store(true); }

// The first Ctrl-C (or SIGTERM) finishes the batch in hand and the summary;
// a second one ends the process at once (SA_RESETHAND).
void install_stop_handlers() {
  struct sigaction action {};
  action.sa_handler = request_stop;
  action.sa_flags = SA_RESETHAND;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

struct DiffFlags {
  ConfigFlags config;
  std::vector<std::string> impls;
  std::uint64_t programs = 0;
  double seconds = 0;
  int inputs = 3;
  std::string out = "findings";
  int jobs = 1;
  std::size_t batch = 1000;
  double timeout = 5;
  std::string sampler = "uniform";
  bool no_cpython = false;
  int shrink_evaluations = 2000;
  std::int64_t max_steps = CampaignOptions{}.limits.max_steps;
};

po::options_description diff_options(DiffFlags& f) {
  po::options_description options("pyprior diff options");
  // clang-format off
  options.add_options()
      ("impl", po::value(&f.impls)->composing(),
       "another implementation: pypy, micropython, or NAME=COMMAND (repeatable)")
      ("programs", po::value(&f.programs), "stop after N programs (default 2000 unless --time)")
      ("time", po::value(&f.seconds), "stop after SECONDS")
      ("inputs", po::value(&f.inputs)->default_value(f.inputs), "input tuples per program")
      ("out", po::value(&f.out)->default_value(f.out), "findings folder")
      ("jobs", po::value(&f.jobs)->default_value(f.jobs), "processes per --impl running side by side")
      ("batch", po::value(&f.batch)->default_value(f.batch), "programs per batch (one process per --impl and job)")
      ("timeout", po::value(&f.timeout)->default_value(f.timeout),
       "seconds an --impl process may take, plus 1 ms per call; longer is a hang")
      ("sampler", po::value(&f.sampler)->default_value(f.sampler),
       "uniform (every legal token alike) or weighted (the prior of pyprior sample)")
      ("no-cpython", po::bool_switch(&f.no_cpython), "leave the embedded CPython out (needs an --impl)")
      ("shrink-evaluations", po::value(&f.shrink_evaluations)->default_value(f.shrink_evaluations),
       "candidate programs tried per shrink, at most")
      ("max-steps", po::value(&f.max_steps)->default_value(f.max_steps),
       "the interpreter's step cap per call: calls that reach it are not sent to the others");
  // clang-format on
  f.config.profile = "fuzz";
  add_config_options(options, f.config);
  return options;
}

void validate(const DiffFlags& f, const po::variables_map& vm) {
  if (vm.count("programs") && vm.count("time")) throw UsageError("give --programs or --time, not both");
  if (vm.count("programs") && f.programs == 0) throw UsageError("--programs must be at least 1");
  if (vm.count("time") && !(f.seconds > 0)) throw UsageError("--time must be positive");
  if (f.inputs < 1 || f.inputs > 100) throw UsageError("--inputs must be in 1..100");
  if (f.jobs < 1 || f.jobs > 64) throw UsageError("--jobs must be in 1..64");
  if (f.batch < 1) throw UsageError("--batch must be at least 1");
  if (!(f.timeout > 0)) throw UsageError("--timeout must be positive");
  if (f.sampler != "weighted" && f.sampler != "uniform")
    throw UsageError("unknown sampler '" + f.sampler + "' (expected weighted or uniform)");
  if (f.no_cpython && f.impls.empty()) throw UsageError("--no-cpython leaves nothing to compare: add an --impl");
  if (f.shrink_evaluations < 0) throw UsageError("--shrink-evaluations must not be negative");
  if (f.max_steps < 1) throw UsageError("--max-steps must be at least 1");
}

// Every peer, started and probed: a command that does not run is a setup
// error reported before the campaign.
std::vector<AnyBackend> make_peers(const DiffFlags& f) {
  std::vector<AnyBackend> peers;
  if (!f.no_cpython) peers.emplace_back(CPythonBackend());
  const ExecOptions options{.per_batch = std::chrono::milliseconds(static_cast<long>(f.timeout * 1000)),
                            .per_call = std::chrono::microseconds(1000),
                            .jobs = f.jobs,
                            .work_dir = {}};
  for (const std::string& text : f.impls) {
    ImplSpec spec;
    try {
      spec = parse_impl_spec(text);
    } catch (const prior::Error& e) {
      throw UsageError(e.what());
    }
    for (const AnyBackend& peer : peers)
      if (peer.name() == spec.name) throw UsageError("two backends are named '" + spec.name + "'");
    peers.emplace_back(ExecBackend(spec.name, spec.command, options));
  }
  for (const AnyBackend& peer : peers)
    if (std::string problem = probe(peer); !problem.empty()) throw UsageError(problem);
  return peers;
}

std::string quoted(const std::string& word) {
  if (!word.empty() && word.find_first_of(" \t\n'\"\\$`*?[]{}()<>|&;#~") == std::string::npos) return word;
  std::string text = "'";
  for (char c : word) text += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return text + "'";
}

// The command that generates the same programs and runs the same backends.
std::string replay_base(const DiffFlags& f) {
  std::string command = "pyprior diff --seed " + std::to_string(f.config.seed) + " --profile " + f.config.profile;
  if (f.config.max_len > 0) command += " --max-len " + std::to_string(f.config.max_len);
  if (f.config.start != "function") command += " --start " + f.config.start;
  if (f.inputs != 3) command += " --inputs " + std::to_string(f.inputs);
  if (f.sampler != "uniform") command += " --sampler " + f.sampler;
  if (f.max_steps != CampaignOptions{}.limits.max_steps) command += " --max-steps " + std::to_string(f.max_steps);
  if (f.no_cpython) command += " --no-cpython";
  for (const std::string& impl : f.impls) command += " --impl " + quoted(impl);
  return command;
}

std::string duration_text(double seconds) {
  char text[32];
  if (seconds < 60)
    std::snprintf(text, sizeof text, "%.1f s", seconds);
  else
    std::snprintf(text, sizeof text, "%dm%02ds", static_cast<int>(seconds) / 60, static_cast<int>(seconds) % 60);
  return text;
}

double rate(const CampaignStats& s) { return s.elapsed.count() > 0 ? s.programs / s.elapsed.count() : 0.0; }

// Progress: on a terminal one line redrawn in place; in a log (CI, a pipe) a
// line of its own.
constexpr double kLogEvery = 30;

void print_progress(const CampaignStats& s, const DiffFlags& f, bool live) {
  double left = -1;
  if (f.seconds > 0)
    left = std::max(0.0, f.seconds - s.elapsed.count());
  else if (rate(s) > 0)
    left = (static_cast<double>(f.programs) - s.programs) / rate(s);
  std::fprintf(stderr, "%s%llu programs · %.0f/s · %zu finding%s · %s elapsed%s%s", live ? "\r\033[K" : "",
               static_cast<unsigned long long>(s.programs), rate(s), s.findings, s.findings == 1 ? "" : "s",
               duration_text(s.elapsed.count()).c_str(),
               left >= 0 ? (" · " + duration_text(left) + " left").c_str() : "", live ? "" : "\n");
  std::fflush(stderr);
}

std::string backend_list(const nlohmann::ordered_json& names) {
  std::string text;
  for (std::size_t i = 1; i < names.size(); ++i) text += (i > 1 ? ", " : "") + names[i].get<std::string>();
  return text;
}

void print_summary(std::ostream& out, const Campaign& campaign, const CampaignStats& s, const DiffFlags& f) {
  const nlohmann::ordered_json summary = campaign.summary_json();
  out << "pyprior diff: " << s.programs << " programs, " << s.calls << " calls compared (" << s.capped_calls
      << " kept back by the interpreter's caps), interp vs " << backend_list(summary["backends"]) << ", "
      << duration_text(s.elapsed.count()) << " (" << static_cast<long>(rate(s)) << " programs/s)"
      << (s.finished ? "" : " — stopped early") << "\n";
  out << "seed " << f.config.seed << "; replay: " << summary["replay"].get<std::string>() << "\n";
  if (campaign.findings().empty()) {
    out << "no findings\n";
    return;
  }
  out << campaign.findings().size() << " finding" << (campaign.findings().size() == 1 ? "" : "s") << " in " << f.out
      << "/ (each with repro.py):\n";
  char line[512];
  std::snprintf(line, sizeof line, "  %-14s %-9s %-22s %6s %7s  %s\n", "id", "kind", "backends", "seen", "tokens",
                "signature");
  out << line;
  for (const Finding& finding : campaign.findings()) {
    std::string backends;
    for (const std::string& b : finding.discrepancy.backends) backends += (backends.empty() ? "" : ",") + b;
    std::snprintf(line, sizeof line, "  %-14s %-9s %-22s %6llu %7zu  %s\n", finding.id.c_str(),
                  std::string(finding_kind_name(finding.discrepancy.kind)).c_str(), backends.c_str(),
                  static_cast<unsigned long long>(finding.occurrences), finding.shrunk.program.tokens.size(),
                  finding.signature().c_str());
    out << line;
  }
}

CampaignOptions campaign_options(const DiffFlags& f) {
  CampaignOptions options;
  options.config = make_config(f.config);
  options.start = make_start(f.config);
  if (options.start != prior::Start::Function && options.start != prior::Start::Module)
    throw UsageError("--start must be function or module (the programs take inputs)");
  options.seed = f.config.seed;
  options.sampler = f.sampler == "weighted" ? SamplerKind::Weighted : SamplerKind::Uniform;
  options.max_programs = f.programs;
  options.max_time = std::chrono::duration<double>(f.seconds);
  options.inputs_per_program = f.inputs;
  options.batch_size = f.batch;
  options.shrink_evaluations = f.shrink_evaluations;
  options.limits.max_steps = f.max_steps;
  return options;
}

int run_diff(const std::vector<std::string>& args) {
  DiffFlags f;
  const po::options_description options = diff_options(f);
  po::variables_map vm;
  if (!parse_or_help(args, options, {}, vm, kUsage)) return kExitOk;
  validate(f, vm);
  if (!vm.count("programs") && !vm.count("time")) f.programs = 2000;
  CampaignOptions campaign_settings = campaign_options(f);
  std::vector<AnyBackend> peers = make_peers(f);
  std::optional<FindingStore> store;
  try {
    store.emplace(f.out);
  } catch (const prior::Error& e) {
    throw UsageError(e.what());
  }
  Campaign campaign(std::move(campaign_settings), std::move(peers), std::move(*store), replay_base(f));
  install_stop_handlers();
  const bool live = ::isatty(STDERR_FILENO);
  double last_logged = 0;
  const CampaignStats stats = campaign.run(stop_requested, [&](const CampaignStats& s) {
    // In a log, a line every kLogEvery shows a long run is alive without flooding it.
    if (!live && s.elapsed.count() - last_logged < kLogEvery) return;
    last_logged = s.elapsed.count();
    print_progress(s, f, live);
  });
  if (live) std::fputs("\r\033[K", stderr);
  print_summary(std::cout, campaign, stats, f);
  return campaign.findings().empty() ? kExitOk : kExitFindings;
}

const bool registered = register_command({"diff", kDiffSummary, run_diff});

}  // namespace
}  // namespace pyprior::cli
