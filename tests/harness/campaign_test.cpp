#include "harness/campaign.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "harness/cpython_backend.hpp"
#include "harness/subprocess.hpp"
#include "harness_fixtures.hpp"

namespace pyprior::harness {
namespace {

using namespace testing;
using json = nlohmann::ordered_json;

// The seed's small programs with one more family of operators, which then
// shows up in many programs.
prior::DecodeConfig small_with(prior::Feature feature) { return prior::DecodeConfig::seed().enable(feature); }

CampaignOptions options_for(prior::DecodeConfig config, std::uint64_t programs) {
  CampaignOptions options;
  options.config = std::move(config);
  options.seed = 1;
  options.max_programs = programs;
  options.batch_size = 250;
  options.shrink_evaluations = 400;
  return options;
}

CampaignStats run_campaign(Campaign& campaign) {
  std::atomic<bool> stop{false};
  return campaign.run(stop);
}

json read_json(const std::filesystem::path& path) {
  std::ifstream file(path);
  return json::parse(file);
}

std::string describe(const Campaign& campaign) {
  std::string text;
  for (const Finding& f : campaign.findings())
    text += f.id + " x" + std::to_string(f.occurrences) + " " + f.signature() + "\n" + f.shrunk.program.source;
  return text;
}

const Finding& only_finding(const Campaign& campaign) {
  EXPECT_EQ(campaign.findings().size(), 1u) << describe(campaign);
  return campaign.findings().at(0);
}

// One campaign, shared by the tests that read its findings: the embedded
// CPython and a CPython whose // truncates.
class WrongFloorDivision : public ::testing::Test {
 protected:
  static Campaign make_campaign(const std::filesystem::path& dir) {
    return Campaign(options_for(small_with(prior::Feature::FloorDivMod), 1000),
                    {CPythonBackend(), planted_fault("floordiv")}, FindingStore(dir), "pyprior diff --seed 1");
  }

  static void SetUpTestSuite() {
    dir = new std::filesystem::path(fresh_dir("findings"));
    campaign = new Campaign(make_campaign(*dir));
    run_campaign(*campaign);
  }
  static void TearDownTestSuite() {
    delete campaign;
    delete dir;
  }

  // The wrong-value finding (the fault also has knock-on effects, such as a
  // divisor that is then zero).
  static const Finding& wrong_value() {
    for (const Finding& f : campaign->findings())
      if (f.key.ends_with("value/value")) return f;
    throw std::runtime_error("no wrong-value finding in:\n" + describe(*campaign));
  }

  static std::filesystem::path* dir;
  static Campaign* campaign;
};
std::filesystem::path* WrongFloorDivision::dir = nullptr;
Campaign* WrongFloorDivision::campaign = nullptr;

TEST_F(WrongFloorDivision, IsFoundAndShrunkToASmallRepro) {
  const Finding& finding = wrong_value();
  EXPECT_EQ(finding.discrepancy.kind, FindingKind::Mismatch);
  EXPECT_EQ(finding.shape, "//");
  EXPECT_LE(finding.shrunk.program.tokens.size(), 8u) << finding.shrunk.program.source;
}

TEST_F(WrongFloorDivision, IsReportedOnceWithEveryProgramThatShowedIt) { EXPECT_GT(wrong_value().occurrences, 1u); }

TEST_F(WrongFloorDivision, NamesOnlyThePeerThatIsWrong) {
  EXPECT_EQ(wrong_value().discrepancy.backends, std::vector<std::string>{"planted-floordiv"});
}

TEST_F(WrongFloorDivision, KeepsEveryBackendsOutcomeOnTheShrunkProgram) {
  const CheckedProgram& shrunk = wrong_value().shrunk;
  ASSERT_EQ(shrunk.observations.size(), 2u);
  EXPECT_EQ(shrunk.observations[0].outcomes, shrunk.expected);  // cpython is right
  EXPECT_NE(shrunk.observations[1].outcomes, shrunk.expected);
}

TEST_F(WrongFloorDivision, WritesAReproThatShowsTheFaultWhenRun) {
  const Finding& finding = wrong_value();
  const std::string repro = (*dir / finding.id / "repro.py").string();
  const std::string right = run_process({kPython, repro}, std::chrono::seconds(10)).out;
  const std::string wrong =
      run_process({kPython, (kFixtures / "planted_fault.py").string(), "floordiv", repro}, std::chrono::seconds(10))
          .out;
  EXPECT_EQ(right, finding.shrunk.expected.at(0).text + "\n");
  EXPECT_EQ(wrong, finding.shrunk.observations.at(1).outcomes.at(0).text + "\n");
  EXPECT_NE(right, wrong);
}

TEST_F(WrongFloorDivision, SummaryListsProgramsAndFindingsWithTheirRepros) {
  const json summary = read_json(*dir / "summary.json");
  EXPECT_EQ(summary["programs"], 1000);
  EXPECT_EQ(summary["finished"], true);
  EXPECT_EQ(summary["replay"], "pyprior diff --seed 1 --programs 1000");
  ASSERT_EQ(summary["findings"].size(), campaign->findings().size());
  for (const json& finding : summary["findings"]) {
    EXPECT_EQ(finding["kind"], "mismatch");
    EXPECT_EQ(finding["backends"], json::array({"planted-floordiv"}));
    EXPECT_TRUE(std::filesystem::exists(*dir / finding["repro"].get<std::string>()));
  }
}

TEST_F(WrongFloorDivision, ReportHoldsTheShrunkAndTheOriginalProgram) {
  const json report = read_json(*dir / wrong_value().id / "report.json");
  EXPECT_EQ(report["kind"], "mismatch");
  EXPECT_EQ(report["program"]["source"], wrong_value().shrunk.program.source);
  EXPECT_EQ(report["original"]["source"], wrong_value().original.program.source);
  EXPECT_TRUE(report["program"]["outcomes"].contains("planted-floordiv"));
}

TEST_F(WrongFloorDivision, SameSeedGivesTheSameFindings) {
  Campaign again = make_campaign(fresh_dir("again"));
  run_campaign(again);
  EXPECT_EQ(describe(again), describe(*campaign));
}

TEST_F(WrongFloorDivision, ANewCampaignInTheFolderRemovesTheOldFindings) {
  const auto folder = fresh_dir("reused");
  FindingStore first(folder);
  first.write_finding(wrong_value(), "replay");
  first.write_summary(campaign->summary_json());
  ASSERT_TRUE(std::filesystem::exists(folder / wrong_value().id / "repro.py"));
  FindingStore second(folder);
  EXPECT_FALSE(std::filesystem::exists(folder / wrong_value().id));
}

TEST(Campaign, FindsAPlantedCrashAndPinsItOnTheOperator) {
  Campaign campaign(options_for(small_with(prior::Feature::BitOps), 100), {planted_fault("abort")},
                    FindingStore(fresh_dir("findings")), "pyprior diff --seed 1");
  run_campaign(campaign);
  const Finding& finding = only_finding(campaign);
  EXPECT_EQ(finding.discrepancy.kind, FindingKind::Crash);
  EXPECT_NE(finding.discrepancy.failure->detail.find("signal 6"), std::string::npos);
  EXPECT_EQ(finding.shape, "<<");
  EXPECT_LE(finding.shrunk.program.tokens.size(), 8u) << finding.shrunk.program.source;
}

TEST(Campaign, FindsAPlantedHangAndPinsItOnTheOperator) {
  ExecOptions fast = quick_exec_options();
  fast.per_batch = std::chrono::milliseconds(800);
  Campaign campaign(options_for(small_with(prior::Feature::BitOps), 40), {planted_fault("hang", fast)},
                    FindingStore(fresh_dir("findings")), "pyprior diff --seed 1");
  run_campaign(campaign);
  const Finding& finding = only_finding(campaign);
  EXPECT_EQ(finding.discrepancy.kind, FindingKind::Hang);
  EXPECT_EQ(finding.shape, "^");
  EXPECT_LE(finding.shrunk.program.tokens.size(), 8u) << finding.shrunk.program.source;
}

TEST(Campaign, FindsNothingWhenThePeerIsRight) {
  Campaign campaign(options_for(prior::DecodeConfig::fuzz(), 1000), {CPythonBackend()},
                    FindingStore(fresh_dir("findings")), "pyprior diff --seed 1");
  const CampaignStats stats = run_campaign(campaign);
  EXPECT_TRUE(campaign.findings().empty());
  EXPECT_EQ(stats.programs, 1000u);
  EXPECT_TRUE(stats.finished);
}

TEST(Campaign, StoppedEarlyLeavesAValidSummaryOfWhatRan) {
  const auto dir = fresh_dir("findings");
  Campaign campaign(options_for(prior::DecodeConfig::fuzz(), 100000), {CPythonBackend()}, FindingStore(dir),
                    "pyprior diff --seed 1");
  std::atomic<bool> stop{false};
  const CampaignStats stats = campaign.run(stop, [&](const CampaignStats& s) {
    if (s.programs >= 500) stop = true;
  });
  EXPECT_FALSE(stats.finished);
  const json summary = read_json(dir / "summary.json");
  EXPECT_EQ(summary["programs"], 500);
  EXPECT_EQ(summary["finished"], false);
}

TEST(Campaign, StopsAfterTheTimeBudget) {
  CampaignOptions options = options_for(prior::DecodeConfig::fuzz(), 0);
  options.max_time = std::chrono::milliseconds(300);
  Campaign campaign(options, {CPythonBackend()}, FindingStore(fresh_dir("findings")), "pyprior diff --seed 1");
  const CampaignStats stats = run_campaign(campaign);
  EXPECT_TRUE(stats.finished);
  EXPECT_GE(stats.elapsed, std::chrono::milliseconds(300));
  EXPECT_LT(stats.elapsed, std::chrono::seconds(10));
}

}  // namespace
}  // namespace pyprior::harness
