#include "speech/batch_queue.h"

#include <utility>

namespace handout::speech {

bool BatchQueue::push(std::string batch) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return stopped_ || bytes_ < limit_; });
  if (stopped_) return false;
  bytes_ += batch.size();
  batches_.push_back(std::move(batch));
  changed_.notify_all();
  return true;
}

void BatchQueue::close() {
  const std::lock_guard lock(mutex_);
  closed_ = true;
  changed_.notify_all();
}

std::string BatchQueue::spare() {
  const std::lock_guard lock(mutex_);
  if (spares_.empty()) return {};
  std::string batch = std::move(spares_.back());
  spares_.pop_back();
  batch.clear();
  return batch;
}

std::optional<std::string> BatchQueue::pop() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return !batches_.empty() || closed_; });
  if (batches_.empty()) return std::nullopt;
  std::string batch = std::move(batches_.front());
  batches_.pop_front();
  bytes_ -= batch.size();
  changed_.notify_all();
  return batch;
}

void BatchQueue::give_back(std::string batch) {
  const std::lock_guard lock(mutex_);
  spares_.push_back(std::move(batch));
}

void BatchQueue::stop() {
  const std::lock_guard lock(mutex_);
  stopped_ = true;
  changed_.notify_all();
}

}  // namespace handout::speech
