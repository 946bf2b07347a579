#include "cli/ordered_chunks.hpp"

#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace pyprior::cli {

void write_ordered_chunks(long long chunk_count, int jobs, const std::function<ChunkWriter()>& make_writer,
                          const std::function<void(const std::string&)>& sink) {
  if (jobs <= 1) {
    const ChunkWriter writer = make_writer();
    std::string text;
    for (long long chunk = 0; chunk < chunk_count; ++chunk) {
      text.clear();
      writer(chunk, text);
      sink(text);
    }
    return;
  }
  // Threads take the next chunk as they come free; chunk k waits in slot
  // k % ring for the sink. Several slots per thread let the others run on
  // while one thread is slow with its chunk (another process took its core).
  const int ring = 8 * jobs;
  struct Slot {
    std::string text;
    bool ready = false;
  };
  std::vector<Slot> slots(static_cast<std::size_t>(ring));
  std::mutex mutex;
  std::condition_variable changed;
  long long written = 0;  // chunks the sink has taken
  std::atomic<long long> next_chunk = 0;
  bool stop = false;
  std::exception_ptr failure;
  const auto fail = [&] {
    const std::lock_guard lock(mutex);
    if (!failure) failure = std::current_exception();
    stop = true;
    changed.notify_all();
  };

  std::vector<ChunkWriter> writers;
  for (int t = 0; t < jobs; ++t) writers.push_back(make_writer());
  std::vector<std::thread> threads;
  for (int t = 0; t < jobs; ++t)
    threads.emplace_back([&, t] {
      try {
        std::string text;
        for (long long chunk = next_chunk++; chunk < chunk_count; chunk = next_chunk++) {
          text.clear();
          writers[static_cast<std::size_t>(t)](chunk, text);
          std::unique_lock lock(mutex);
          changed.wait(lock, [&] { return stop || chunk < written + ring; });
          if (stop) return;
          Slot& slot = slots[static_cast<std::size_t>(chunk % ring)];
          slot.text.swap(text);
          slot.ready = true;
          changed.notify_all();
        }
      } catch (...) {
        fail();
      }
    });

  try {
    std::string text;
    for (long long chunk = 0; chunk < chunk_count; ++chunk) {
      {
        std::unique_lock lock(mutex);
        Slot& slot = slots[static_cast<std::size_t>(chunk % ring)];
        changed.wait(lock, [&] { return stop || slot.ready; });
        if (stop) break;
        text.swap(slot.text);
        slot.ready = false;
      }
      sink(text);
      const std::lock_guard lock(mutex);
      ++written;
      changed.notify_all();
    }
  } catch (...) {
    fail();
  }
  for (std::thread& thread : threads) thread.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace pyprior::cli
