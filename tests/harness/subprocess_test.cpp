#include "harness/subprocess.hpp"

#include <gtest/gtest.h>

#include <csignal>

#include "prior/error.hpp"

namespace pyprior::harness {
namespace {

using namespace std::chrono_literals;

TEST(RunProcess, CapturesStdoutAndStderrSeparately) {
  const ProcessResult r = run_process({"sh", "-c", "echo out; echo err >&2"}, 5s);
  EXPECT_TRUE(r.succeeded());
  EXPECT_EQ(r.out, "out\n");
  EXPECT_EQ(r.err, "err\n");
}

TEST(RunProcess, ReportsTheExitStatus) {
  const ProcessResult r = run_process({"sh", "-c", "exit 3"}, 5s);
  EXPECT_FALSE(r.succeeded());
  EXPECT_EQ(r.exit_status, 3);
  EXPECT_EQ(r.status_text(), "exit status 3");
}

TEST(RunProcess, ReportsTheSignalThatEndedTheChild) {
  const ProcessResult r = run_process({"sh", "-c", "kill -ABRT $$"}, 5s);
  EXPECT_EQ(r.signal, SIGABRT);
  EXPECT_NE(r.status_text().find("signal 6"), std::string::npos);
}

TEST(RunProcess, KillsAChildThatMissesItsDeadline) {
  const auto started = std::chrono::steady_clock::now();
  const ProcessResult r = run_process({"sh", "-c", "echo started; sleep 30"}, 300ms);
  EXPECT_TRUE(r.timed_out);
  EXPECT_EQ(r.out, "started\n");
  EXPECT_LT(std::chrono::steady_clock::now() - started, 5s);
}

TEST(RunProcess, KillsAChildThatClosesItsOutputAndRunsOn) {
  const ProcessResult r = run_process({"sh", "-c", "exec >&- 2>&-; sleep 30"}, 300ms);
  EXPECT_TRUE(r.timed_out);
}

TEST(RunProcess, GivesTheChildAnEmptyStdin) {
  const ProcessResult r = run_process({"sh", "-c", "wc -c"}, 5s);
  EXPECT_EQ(r.out.find_first_not_of(" "), r.out.find('0'));
}

TEST(RunProcess, ThrowsWhenTheCommandDoesNotExist) {
  EXPECT_THROW(run_process({"pyprior-no-such-command"}, 5s), prior::Error);
}

}  // namespace
}  // namespace pyprior::harness
