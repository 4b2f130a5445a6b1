// libFuzzer target: inspect() must never crash, hang, leak or throw on any bytes, and a picture
// it accepts is either prepared within the size asked for, as the format it was, or refused
// with an image::Error.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <variant>

#include "image/error.h"
#include "image/inspect.h"
#include "image/prepare.h"

namespace {

void check(bool condition) {
  if (!condition) __builtin_trap();
}

// Pictures larger than this are inspected but not prepared: decoding 100 megapixels is allowed
// and slow, and would only make the fuzzer time out.
constexpr long long largest_prepared = 1'000'000;
constexpr int max_side = 64;

}  // namespace

// LeakSanitizer (clang 14) misreads the dynamic TLS blocks of libraries opened with dlopen on
// glibc 2.36 and crashes scanning them ("Tracer caught signal 11",
// github.com/google/sanitizers/issues/1322); libvips and its libraries are opened so. Leaks are
// still found in every other kind of memory.
extern "C" const char* __asan_default_options() {
  return "intercept_tls_get_addr=0";
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace handout;
  const std::span<const std::byte> bytes(reinterpret_cast<const std::byte*>(data), size);
  const auto inspected = image::inspect(bytes);
  const auto* header = std::get_if<image::Header>(&inspected);
  if (header == nullptr) {
    check(!std::get<std::string>(inspected).empty());
    return 0;
  }
  check(header->width > 0 && header->height > 0);
  check(image::sniff(bytes) == header->format);
  if (static_cast<long long>(header->width) * header->height > largest_prepared) return 0;
  try {
    const image::Prepared prepared = image::prepare(bytes, max_side, max_side);
    check(prepared.format == header->format);
    check(prepared.width >= 1 && prepared.width <= max_side);
    check(prepared.height >= 1 && prepared.height <= max_side);
    check(image::sniff(prepared.bytes) == prepared.format);
  } catch (const image::Error& error) {
    check(std::string(error.what()).size() > 0);
  }
  return 0;
}
