// write_ordered_chunks: chunks computed on several threads reach the sink in
// order, each thread keeps its own writer, and a failure anywhere stops the
// run and comes back to the caller.
#include "cli/ordered_chunks.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <thread>

namespace pyprior::cli {
namespace {

// A chunk's text names the chunk; a few chunks take longer, so threads
// finish out of order.
void write_chunk(long long index, std::string& out) {
  if (index % 7 == 3) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  out += "chunk " + std::to_string(index) + "\n";
}

std::string expected_text(long long chunks) {
  std::string text;
  for (long long i = 0; i < chunks; ++i) write_chunk(i, text);
  return text;
}

TEST(OrderedChunks, SinkSeesChunksInOrderForAnyJobs) {
  for (int jobs : {1, 2, 3, 8})
    for (long long chunks : {0LL, 1LL, 5LL, 100LL}) {
      std::atomic<int> writers = 0;
      std::string text;
      write_ordered_chunks(
          chunks, jobs,
          [&] {
            ++writers;
            return ChunkWriter(write_chunk);
          },
          [&](const std::string& chunk) { text += chunk; });
      EXPECT_EQ(text, expected_text(chunks)) << jobs << " jobs, " << chunks << " chunks";
      EXPECT_EQ(writers.load(), jobs);
    }
}

TEST(OrderedChunks, WriterFailureStopsTheRunAndIsRethrown) {
  for (int jobs : {1, 2, 4}) {
    std::string text;
    const auto failing = [](long long index, std::string& out) {
      if (index == 40) throw std::runtime_error("chunk 40 failed");
      write_chunk(index, out);
    };
    try {
      write_ordered_chunks(1000, jobs, [&] { return ChunkWriter(failing); },
                           [&](const std::string& chunk) { text += chunk; });
      ADD_FAILURE() << "no exception with " << jobs << " jobs";
    } catch (const std::runtime_error& e) {
      EXPECT_STREQ(e.what(), "chunk 40 failed");
    }
    // What reached the sink is the chunks before the failed one, in order:
    // all of them with one thread, a prefix of them with several.
    const std::string before = expected_text(40);
    EXPECT_EQ(before.substr(0, text.size()), text) << jobs << " jobs";
    if (jobs == 1) {
      EXPECT_EQ(text, before);
    }
  }
}

TEST(OrderedChunks, SinkFailureStopsTheRunAndIsRethrown) {
  for (int jobs : {1, 3}) {
    int delivered = 0;
    EXPECT_THROW(write_ordered_chunks(
                     1000, jobs, [] { return ChunkWriter(write_chunk); },
                     [&](const std::string&) {
                       if (++delivered == 10) throw std::runtime_error("disk full");
                     }),
                 std::runtime_error);
    EXPECT_EQ(delivered, 10);
  }
}

}  // namespace
}  // namespace pyprior::cli
