#include "speech/synthesis_wire.h"

#include <cstdint>
#include <cstring>

#include "speech/speech_error.h"

namespace handout::speech {

namespace {

constexpr std::uint32_t ok = 0x4F4B4F4B;
constexpr std::uint32_t failed = 0x4641494C;

template <typename T>
void put(std::string& out, T value) {
  char bytes[sizeof(T)];
  std::memcpy(bytes, &value, sizeof(T));
  out.append(bytes, sizeof(T));
}

void put_text(std::string& out, std::string_view text) {
  put(out, static_cast<std::uint32_t>(text.size()));
  out.append(text);
}

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}

  template <typename T>
  T get() {
    T value;
    std::memcpy(&value, take(sizeof(T)).data(), sizeof(T));
    return value;
  }
  std::string text() { return std::string(take(get<std::uint32_t>())); }
  std::string_view take(std::size_t size) {
    if (size > bytes_.size()) throw SpeechError("the synthesizer process stopped mid-answer");
    const std::string_view out = bytes_.substr(0, size);
    bytes_.remove_prefix(size);
    return out;
  }
  bool done() const { return bytes_.empty(); }

 private:
  std::string_view bytes_;
};

}  // namespace

std::string encode_synthesis(const Synthesis& synthesis) {
  std::string out;
  put(out, ok);
  put(out, static_cast<std::int32_t>(synthesis.sample_rate));
  put(out, static_cast<std::uint32_t>(synthesis.marks.size()));
  for (const MarkTime& mark : synthesis.marks) {
    put_text(out, mark.name);
    put(out, static_cast<std::int32_t>(mark.milliseconds));
  }
  put(out, static_cast<std::uint64_t>(synthesis.samples.size()));
  const auto* data = reinterpret_cast<const char*>(synthesis.samples.data());
  out.append(data, synthesis.samples.size() * sizeof(std::int16_t));
  return out;
}

std::string encode_failure(std::string_view message) {
  std::string out;
  put(out, failed);
  put_text(out, message);
  return out;
}

Synthesis decode_synthesis(std::string_view bytes) {
  Reader in(bytes);
  const auto kind = in.get<std::uint32_t>();
  if (kind == failed) throw SpeechError(in.text());
  if (kind != ok) throw SpeechError("the synthesizer process gave a malformed answer");
  Synthesis out;
  out.sample_rate = in.get<std::int32_t>();
  const auto marks = in.get<std::uint32_t>();
  for (std::uint32_t i = 0; i < marks; ++i) {
    std::string name = in.text();
    out.marks.push_back({std::move(name), in.get<std::int32_t>()});
  }
  const auto samples = in.get<std::uint64_t>();
  if (samples > bytes.size()) throw SpeechError("the synthesizer process gave a malformed answer");
  const std::string_view data = in.take(samples * sizeof(std::int16_t));
  out.samples.resize(samples);
  std::memcpy(out.samples.data(), data.data(), data.size());
  if (!in.done()) throw SpeechError("the synthesizer process gave a malformed answer");
  return out;
}

}  // namespace handout::speech
