// prepared(): one picture decoded once per process, whichever format asks first.
#include "image/memo.h"

#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "image/error.h"
#include "pictures.h"

namespace handout::test {

TEST_CASE("the same picture at the same size is prepared once - and shared") {
  const std::vector<std::byte> photo = testing::jpeg_picture({.width = 320, .height = 240});
  const auto first = image::prepared(photo, 100, 100);
  const auto again = image::prepared(photo, 100, 100);
  CHECK(first.get() == again.get());
  CHECK(first->bytes == image::prepare(photo, 100, 100).bytes);
  const std::vector<std::byte> copy = photo;  // other memory, the same bytes
  CHECK(image::prepared(copy, 100, 100).get() == first.get());
}

TEST_CASE("another size or other bytes are another picture") {
  const std::vector<std::byte> photo = testing::jpeg_picture({.width = 320, .height = 240});
  const auto small = image::prepared(photo, 100, 100);
  const auto large = image::prepared(photo, 200, 200);
  CHECK(small.get() != large.get());
  CHECK(small->width == 100);
  CHECK(large->width == 200);
  std::vector<std::byte> other = photo;
  other.back() = std::byte{0};  // the last byte of EOI
  CHECK_FALSE(image::prepared(other, 100, 100).get() == small.get());
}

TEST_CASE("a picture that cannot be prepared gives its error each time it is asked for") {
  const std::vector<std::byte> garbage = testing::bytes_of("not a picture at all");
  for (int time = 0; time < 2; ++time)
    CHECK_THROWS_WITH_AS((void)image::prepared(garbage, 100, 100), "not a PNG or JPEG picture",
                         image::Error);
}

TEST_CASE("threads asking at once all get the picture") {
  const std::vector<std::byte> drawing =
      testing::png_picture({.width = 300, .height = 300, .colours = testing::Colours::rgba});
  std::vector<std::shared_ptr<const image::Prepared>> results(4);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < results.size(); ++i)
    threads.emplace_back([&, i] { results[i] = image::prepared(drawing, 50, 50); });
  for (std::thread& thread : threads) thread.join();
  for (const auto& result : results) {
    REQUIRE(result);
    CHECK(result->bytes == results[0]->bytes);
    CHECK(result->width == 50);
  }
}

TEST_CASE("pictures prepared side by side are those prepared one at a time") {
  const std::vector<std::vector<std::byte>> pictures{
      testing::jpeg_picture({.width = 400, .height = 300, .noise = true}),
      testing::png_picture({.width = 300, .height = 400, .colours = testing::Colours::rgba}),
      testing::bytes_of("no picture"),
      testing::jpeg_picture({.width = 500, .height = 300, .orientation = 6}),
  };
  const std::vector<std::span<const std::byte>> spans(pictures.begin(), pictures.end());
  image::prepare_all(spans, 120, 120, 2);
  image::prepare_all({}, 120, 120, 2);
  for (const std::vector<std::byte>& picture : pictures) {
    if (!image::sniff(picture)) {
      CHECK_THROWS_WITH_AS((void)image::prepared(picture, 120, 120), "not a PNG or JPEG picture",
                           image::Error);
      continue;
    }
    CHECK(image::prepared(picture, 120, 120)->bytes == image::prepare(picture, 120, 120).bytes);
  }
  CHECK_THROWS_AS(image::prepare_all(spans, 0, 120, 2), std::invalid_argument);
}

}  // namespace handout::test
