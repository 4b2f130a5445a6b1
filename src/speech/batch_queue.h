#pragma once
// Batches of bytes handed from one thread to another, at most a few at a time: the
// synthesizer's thread pushes its messages, the encoding thread pops them. Either side can
// end the exchange: the producer closes it when done, the consumer stops it when it wants no
// more (the producer's next push then fails, and it gives up).
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace handout::speech {

class BatchQueue {
 public:
  // Push blocks while the queue holds `limit_bytes` or more.
  explicit BatchQueue(std::size_t limit_bytes) : limit_(limit_bytes) {}

  // Producer. False once the consumer stopped: the batch is dropped.
  bool push(std::string batch);
  // Producer: no more batches; pop() returns nothing once the rest is taken.
  void close();
  // Producer: an empty string with the capacity of a batch the consumer gave back, if any,
  // so that every batch is not fresh memory.
  std::string spare();

  // Consumer: the next batch, waiting for it; nothing when closed and empty.
  std::optional<std::string> pop();
  // Consumer: a batch it is done with, for spare().
  void give_back(std::string batch);
  // Consumer: wants no more.
  void stop();

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::string> batches_;
  std::vector<std::string> spares_;
  std::size_t bytes_ = 0;
  std::size_t limit_;
  bool closed_ = false;
  bool stopped_ = false;
};

}  // namespace handout::speech
