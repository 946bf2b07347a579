#include "harness/discrepancy.hpp"

#include <gtest/gtest.h>

namespace pyprior::harness {
namespace {

const std::vector<Outcome> kExpected = {Outcome::value("3"), Outcome::exception("ZeroDivisionError")};

Observation saw(std::string backend, std::vector<Outcome> outcomes) {
  return {std::move(backend), std::move(outcomes), {}};
}

TEST(FindDiscrepancies, FindsNoneWhenEveryPeerAgrees) {
  const std::vector<Observation> peers = {saw("cpython", kExpected), saw("pypy", kExpected)};
  EXPECT_TRUE(find_discrepancies(kExpected, peers).empty());
}

TEST(FindDiscrepancies, PointsAtTheFirstCallThatDiffers) {
  const std::vector<Observation> peers = {saw("pypy", {Outcome::value("3"), Outcome::value("0")})};
  const auto found = find_discrepancies(kExpected, peers);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, FindingKind::Mismatch);
  EXPECT_EQ(found[0].call, 1u);
  EXPECT_EQ(found[0].key(kExpected), "mismatch pypy ZeroDivisionError/value");
}

TEST(FindDiscrepancies, MergesPeersThatAreWrongTheSameWay) {
  const std::vector<Outcome> wrong = {Outcome::value("4"), Outcome::exception("ZeroDivisionError")};
  const std::vector<Observation> peers = {saw("cpython", wrong), saw("pypy", wrong), saw("mp", kExpected)};
  const auto found = find_discrepancies(kExpected, peers);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].backends, (std::vector<std::string>{"cpython", "pypy"}));
}

TEST(FindDiscrepancies, KeepsPeersThatAreWrongDifferentlyApart) {
  const std::vector<Observation> peers = {saw("cpython", {Outcome::value("4"), kExpected[1]}),
                                          saw("pypy", {Outcome::value("5"), kExpected[1]})};
  EXPECT_EQ(find_discrepancies(kExpected, peers).size(), 2u);
}

TEST(FindDiscrepancies, ReportsAFailedProcessByItsKind) {
  const std::vector<Observation> peers = {{"mp", {}, Failure{Failure::Kind::Crash, "signal 11 (Segmentation fault)"}},
                                          {"pypy", {}, Failure{Failure::Kind::Hang, "no result within 10000 ms"}}};
  const auto found = find_discrepancies(kExpected, peers);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].key(kExpected), "crash mp signal 11 (Segmentation fault)");
  EXPECT_EQ(found[1].key(kExpected), "hang pypy hang");
}

TEST(DiscrepancyKey, TreatsNoneAsAValue) {
  const std::vector<Outcome> expected = {Outcome::none()};
  const auto found = find_discrepancies(expected, std::vector{saw("mp", {Outcome::exception("OverflowError")})});
  EXPECT_EQ(found.at(0).key(expected), "mismatch mp value/OverflowError");
}

TEST(DiscrepancyKey, KeepsTheExceptionTypeOfACrashButNotItsMessage) {
  const Discrepancy d{
      FindingKind::Crash, {"mp"}, 0, {}, Failure{Failure::Kind::Crash, "exit status 1: MemoryError: 42 bytes"}};
  EXPECT_EQ(d.key({}), "crash mp exit status 1: MemoryError");
}

}  // namespace
}  // namespace pyprior::harness
