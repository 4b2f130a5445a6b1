#include "speech/synthesis_wire.h"

#include <cstring>
#include <optional>
#include <vector>

#include "speech/speech_error.h"

namespace handout::speech {

namespace {

enum Kind : char { start = 'R', samples = 'S', mark = 'M', end = 'E', failure = 'F' };

// Far more than one message ever holds: a larger count means garbled bytes.
constexpr std::uint32_t max_message_samples = 1 << 24;

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

[[noreturn]] void malformed() {
  throw SpeechError("the synthesizer process gave a malformed answer");
}

// Reads the fields of one whole message, in order.
class Fields {
 public:
  explicit Fields(std::string_view bytes) : bytes_(bytes) {}

  template <typename T>
  T get() {
    T value;
    std::memcpy(&value, take(sizeof(T)).data(), sizeof(T));
    return value;
  }
  std::string_view text() { return take(get<std::uint32_t>()); }
  std::string_view take(std::size_t size) {
    if (size > bytes_.size() - used_) malformed();  // message_size() said otherwise
    const std::string_view out = bytes_.substr(used_, size);
    used_ += size;
    return out;
  }

 private:
  std::string_view bytes_;
  std::size_t used_ = 0;
};

// A message's kind and its first field: enough to know its size.
constexpr std::size_t message_header_bytes = 1 + sizeof(std::uint32_t);

// The size of the whole message at the start of `bytes`: the one place that knows the
// messages' layout, which Fields then reads in order. Nullopt until its header is there.
std::optional<std::size_t> message_size(std::string_view bytes) {
  if (bytes.empty()) return std::nullopt;
  if (bytes[0] == Kind::end) return 1;
  if (bytes[0] == Kind::start) return 1 + sizeof(std::int32_t);
  if (bytes.size() < message_header_bytes) return std::nullopt;
  const auto count = Fields(bytes.substr(1, sizeof(std::uint32_t))).get<std::uint32_t>();
  if (bytes[0] == Kind::samples) {
    if (count > max_message_samples) malformed();
    return message_header_bytes + std::size_t{count} * sizeof(std::int16_t);
  }
  if (bytes[0] == Kind::mark) return message_header_bytes + count + sizeof(std::int32_t);
  if (bytes[0] == Kind::failure) return message_header_bytes + count;
  malformed();
}

}  // namespace

void WireReader::deliver_samples(std::string_view data, SynthesisSink& sink) {
  // Copied out: the bytes of a pipe read need not be aligned for int16_t.
  aligned_.resize(data.size() / sizeof(std::int16_t));
  std::memcpy(aligned_.data(), data.data(), data.size());
  sink.samples(aligned_);
}

void put_start(std::string& out, int sample_rate) {
  out += Kind::start;
  put(out, static_cast<std::int32_t>(sample_rate));
}

void put_samples(std::string& out, std::span<const std::int16_t> chunk) {
  out += Kind::samples;
  put(out, static_cast<std::uint32_t>(chunk.size()));
  out.append(reinterpret_cast<const char*>(chunk.data()), chunk.size_bytes());
}

void put_mark(std::string& out, const MarkTime& m) {
  out += Kind::mark;
  put_text(out, m.name);
  put(out, static_cast<std::int32_t>(m.milliseconds));
}

void put_end(std::string& out) {
  out += Kind::end;
}

void put_failure(std::string& out, std::string_view message) {
  out += Kind::failure;
  put_text(out, message);
}

// The size of the complete message at the start of `bytes`, after handing it to the sink;
// 0 when it is not complete yet.
std::size_t WireReader::take_message(std::string_view bytes, SynthesisSink& sink) {
  const std::optional<std::size_t> size = message_size(bytes);
  if (!size || *size > bytes.size()) return 0;  // not all there yet
  const char kind = bytes[0];
  if (ended_ || (kind != Kind::start && kind != Kind::failure && !started_)) malformed();
  Fields in(bytes.substr(1, *size - 1));
  switch (kind) {
    case Kind::start: {
      const auto rate = in.get<std::int32_t>();
      if (started_ || rate <= 0) malformed();
      started_ = true;
      sink.start(rate);
      break;
    }
    case Kind::samples: {
      const auto count = in.get<std::uint32_t>();
      deliver_samples(in.take(std::size_t{count} * sizeof(std::int16_t)), sink);
      break;
    }
    case Kind::mark: {
      const std::string_view name = in.text();
      sink.mark({std::string(name), in.get<std::int32_t>()});
      break;
    }
    case Kind::failure:
      throw SpeechError(std::string(in.text()));
    case Kind::end:
      ended_ = true;
      break;
    default:
      malformed();
  }
  return *size;
}

bool WireReader::feed(std::string_view bytes, SynthesisSink& sink) {
  // A message cut off by the last read is completed with as few of the new bytes as it needs;
  // the others are read where they lie, and only a message cut off again is kept.
  while (!pending_.empty() && !bytes.empty()) {
    const std::optional<std::size_t> size = message_size(pending_);
    const std::size_t want =
        size ? *size - std::min(*size, pending_.size())
             : message_header_bytes - std::min(message_header_bytes, pending_.size());
    const std::size_t step = std::min(std::max<std::size_t>(want, 1), bytes.size());
    pending_.append(bytes.substr(0, step));
    bytes.remove_prefix(step);
    if (const std::size_t used = take_message(pending_, sink)) pending_.erase(0, used);
  }
  std::size_t at = 0;
  while (at < bytes.size()) {
    const std::size_t used = take_message(bytes.substr(at), sink);
    if (used == 0) break;
    at += used;
  }
  pending_.append(bytes.substr(at));
  return ended_;
}

void WireReader::finish() const {
  if (!complete()) throw SpeechError("the synthesizer process stopped mid-answer");
}

std::string encode_synthesis(const Synthesis& synthesis) {
  std::string out;
  put_start(out, synthesis.sample_rate);
  for (const MarkTime& m : synthesis.marks) put_mark(out, m);
  put_samples(out, synthesis.samples);
  put_end(out);
  return out;
}

std::string encode_failure(std::string_view message) {
  std::string out;
  put_failure(out, message);
  return out;
}

Synthesis decode_synthesis(std::string_view bytes) {
  SynthesisCollector collector;
  WireReader reader;
  reader.feed(bytes, collector);
  reader.finish();
  return std::move(collector.result);
}

}  // namespace handout::speech
