#include "image/memo.h"

#include <xxhash.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <list>
#include <mutex>
#include <string>
#include <thread>
#include <variant>
#include <vector>

#include "image/error.h"

namespace handout::image {

namespace {

struct MemoKey {
  XXH128_hash_t hash{};
  std::size_t length = 0;
  int max_width = 0;
  int max_height = 0;

  bool operator==(const MemoKey& other) const {
    return XXH128_isEqual(hash, other.hash) != 0 && length == other.length &&
           max_width == other.max_width && max_height == other.max_height;
  }
};

// A picture prepared, or the message of the image::Error preparing it threw.
struct MemoEntry {
  MemoKey key;
  std::variant<std::shared_ptr<const Prepared>, std::string> result;

  std::size_t size() const {
    const auto* picture = std::get_if<std::shared_ptr<const Prepared>>(&result);
    return picture != nullptr ? (*picture)->bytes.size() : std::get<std::string>(result).size();
  }
};

// Most recently asked first. A handout has a few pictures: a list is search enough.
struct Memo {
  std::mutex mutex;
  std::list<MemoEntry> entries;
  std::size_t bytes = 0;
};

Memo& memo() {
  static Memo the_memo;
  return the_memo;
}

std::shared_ptr<const Prepared> result_of(const MemoEntry& entry) {
  if (const auto* message = std::get_if<std::string>(&entry.result)) throw Error(*message);
  return std::get<std::shared_ptr<const Prepared>>(entry.result);
}

}  // namespace

std::shared_ptr<const Prepared> prepared(std::span<const std::byte> bytes, int max_width,
                                         int max_height) {
  const MemoKey key{XXH3_128bits(bytes.data(), bytes.size()), bytes.size(), max_width, max_height};
  Memo& cache = memo();
  {
    const std::lock_guard lock(cache.mutex);
    for (auto it = cache.entries.begin(); it != cache.entries.end(); ++it) {
      if (it->key == key) {
        cache.entries.splice(cache.entries.begin(), cache.entries, it);
        return result_of(cache.entries.front());
      }
    }
  }
  // Prepared outside the lock: another thread's pictures need not wait for this one. Two threads
  // asking for the same picture at once may both prepare it; the bytes are the same.
  MemoEntry entry{key, {}};
  try {
    entry.result = std::make_shared<const Prepared>(prepare(bytes, max_width, max_height));
  } catch (const Error& error) {
    entry.result = std::string(error.what());
  }
  const std::lock_guard lock(cache.mutex);
  bool known = false;
  for (const MemoEntry& existing : cache.entries) known = known || existing.key == key;
  if (!known) {
    cache.bytes += entry.size();
    cache.entries.push_front(std::move(entry));
    while (cache.bytes > memo_capacity && cache.entries.size() > 1) {
      cache.bytes -= cache.entries.back().size();
      cache.entries.pop_back();
    }
    return result_of(cache.entries.front());
  }
  return result_of(entry);
}

void prepare_all(std::span<const std::span<const std::byte>> pictures, int max_width,
                 int max_height, unsigned threads) {
  if (pictures.empty()) return;
  std::atomic<std::size_t> next{0};
  std::mutex failure_mutex;
  std::exception_ptr failure;  // other than an image::Error: out of memory, a wrong size
  const auto work = [&] {
    for (std::size_t i = next++; i < pictures.size(); i = next++) {
      try {
        (void)prepared(pictures[i], max_width, max_height);
      } catch (const Error&) {
        // Kept in the memo: prepared() throws it to the format that asks.
      } catch (...) {
        const std::lock_guard lock(failure_mutex);
        if (!failure) failure = std::current_exception();
      }
    }
  };
  {
    std::vector<std::jthread> helpers;
    const std::size_t workers = std::min<std::size_t>(std::max(threads, 1u), pictures.size());
    for (std::size_t i = 1; i < workers; ++i) helpers.emplace_back(work);
    work();
  }  // the helpers are joined here
  if (failure) std::rethrow_exception(failure);
}

}  // namespace handout::image
