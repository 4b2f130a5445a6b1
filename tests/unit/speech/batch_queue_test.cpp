// The queue between the synthesizer's thread and the encoding thread.
#include "speech/batch_queue.h"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace handout::speech;
using namespace std::chrono_literals;

TEST_CASE("batches come out in the order they went in and the queue ends when closed") {
  BatchQueue queue(1 << 20);
  CHECK(queue.push("one"));
  CHECK(queue.push("two"));
  queue.close();
  CHECK(queue.pop() == "one");
  CHECK(queue.pop() == "two");
  CHECK(!queue.pop().has_value());
}

TEST_CASE("a full queue holds the producer until the consumer takes a batch") {
  BatchQueue queue(4);
  CHECK(queue.push("full"));
  std::atomic<bool> pushed = false;
  std::thread producer([&] {
    CHECK(queue.push("more"));
    pushed = true;
    queue.close();
  });
  std::this_thread::sleep_for(50ms);
  CHECK(!pushed);
  CHECK(queue.pop() == "full");
  CHECK(queue.pop() == "more");
  producer.join();
  CHECK(pushed);
  CHECK(!queue.pop().has_value());
}

TEST_CASE("a consumer that stops frees a waiting producer and refuses its later batches") {
  BatchQueue queue(4);
  CHECK(queue.push("full"));
  std::atomic<int> refused = 0;
  std::thread producer([&] {
    refused += !queue.push("waits");
    refused += !queue.push("later");
  });
  std::this_thread::sleep_for(20ms);
  queue.stop();
  producer.join();
  CHECK(refused == 2);
}

TEST_CASE("a batch given back is handed out again empty with its room") {
  BatchQueue queue(1 << 20);
  CHECK(queue.spare().capacity() < 1000);
  std::string used(5000, 'x');
  queue.give_back(std::move(used));
  const std::string spare = queue.spare();
  CHECK(spare.empty());
  CHECK(spare.capacity() >= 5000);
}
