#pragma once
// Ordered parallel output: chunks of work run on several threads, and their
// text reaches the sink in chunk order. A chunk's text depends only on its
// index, so the output is the same for any number of threads.
#include <functional>
#include <string>

namespace pyprior::cli {

// Fills `out` (empty on entry) with the text of chunk `index`. Each thread
// has its own, so it may keep state between chunks.
using ChunkWriter = std::function<void(long long index, std::string& out)>;

// Runs chunks 0 .. chunk_count-1 on `jobs` threads (jobs >= 1; one runs them
// on the calling thread), each thread with a writer from make_writer(), and
// passes each chunk's text to sink in order, one call at a time (from
// whichever thread holds the next chunk). The first exception a writer
// or the sink throws stops the run and is rethrown here; the sink has then
// seen a prefix of the chunks, in order.
void write_ordered_chunks(long long chunk_count, int jobs, const std::function<ChunkWriter()>& make_writer,
                          const std::function<void(const std::string&)>& sink);

}  // namespace pyprior::cli
