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
  // Threads take the next chunk as they come free. The thread that finishes
  // the chunk next in order passes it to the sink, then every chunk after it
  // that waits ready in its slot (chunk k waits in slot k % ring); a thread
  // that finishes early leaves its text there and goes on. So no thread
  // stands by for the others: on a virtual machine every wake-up of a
  // sleeping thread cost more than the handing over itself. Several slots
  // per thread let the others run on while one is slow with its chunk.
  const int ring = 8 * jobs;
  struct Slot {
    std::string text;
    bool ready = false;
  };
  std::vector<Slot> slots(static_cast<std::size_t>(ring));
  std::mutex mutex;
  std::condition_variable room;  // a slot came free: for threads ring chunks ahead
  long long written = 0;         // chunks the sink has taken
  std::atomic<long long> next_chunk = 0;
  bool stop = false;
  std::exception_ptr failure;
  const auto fail = [&] {
    const std::lock_guard lock(mutex);
    if (!failure) failure = std::current_exception();
    stop = true;
    room.notify_all();
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
          room.wait(lock, [&] { return stop || chunk < written + ring; });
          if (stop) return;
          if (chunk != written) {  // an earlier chunk is still being made: its maker will pass this one on
            Slot& slot = slots[static_cast<std::size_t>(chunk % ring)];
            slot.text.swap(text);
            slot.ready = true;
            continue;
          }
          // This thread writes until the next chunk is not ready; written
          // moves only after the sink took a chunk, so no one else writes meanwhile.
          for (;;) {
            lock.unlock();
            sink(text);
            lock.lock();
            ++written;
            room.notify_all();
            Slot& next = slots[static_cast<std::size_t>(written % ring)];
            if (stop || !next.ready) break;
            text.swap(next.text);
            next.ready = false;
          }
        }
      } catch (...) {
        fail();
      }
    });
  for (std::thread& thread : threads) thread.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace pyprior::cli
