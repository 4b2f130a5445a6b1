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

// Reads one message's fields; nullopt from any getter when the message is not all there yet.
class Fields {
 public:
  explicit Fields(std::string_view bytes) : bytes_(bytes) {}

  template <typename T>
  std::optional<T> get() {
    const std::optional<std::string_view> raw = take(sizeof(T));
    if (!raw) return std::nullopt;
    T value;
    std::memcpy(&value, raw->data(), sizeof(T));
    return value;
  }
  std::optional<std::string_view> text() {
    const std::optional<std::uint32_t> size = get<std::uint32_t>();
    if (!size) return std::nullopt;
    return take(*size);
  }
  std::optional<std::string_view> take(std::size_t size) {
    if (size > bytes_.size() - used_) return std::nullopt;
    const std::string_view out = bytes_.substr(used_, size);
    used_ += size;
    return out;
  }
  std::size_t used() const { return used_; }

 private:
  std::string_view bytes_;
  std::size_t used_ = 0;
};

// A message's kind and its first field: enough to know its size.
constexpr std::size_t message_header_bytes = 1 + sizeof(std::uint32_t);

// The size of the whole message at the start of `bytes`; nullopt until its header is there.
std::optional<std::size_t> message_size(std::string_view bytes) {
  if (bytes.empty()) return std::nullopt;
  if (bytes[0] == Kind::end) return 1;
  if (bytes[0] == Kind::start) return 1 + sizeof(std::int32_t);
  const std::optional<std::uint32_t> count = Fields(bytes.substr(1)).get<std::uint32_t>();
  if (!count) return std::nullopt;
  if (bytes[0] == Kind::samples)
    return message_header_bytes + std::size_t{*count} * sizeof(std::int16_t);
  if (bytes[0] == Kind::mark) return message_header_bytes + *count + sizeof(std::int32_t);
  if (bytes[0] == Kind::failure) return message_header_bytes + *count;
  return 1;  // malformed: take_message() says so
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
  Fields in(bytes.substr(1));
  const char kind = bytes[0];
  if (ended_ || (kind != Kind::start && kind != Kind::failure && !started_)) malformed();
  if (kind == Kind::start) {
    const std::optional<std::int32_t> rate = in.get<std::int32_t>();
    if (!rate) return 0;
    if (started_ || *rate <= 0) malformed();
    started_ = true;
    sink.start(*rate);
  } else if (kind == Kind::samples) {
    const std::optional<std::uint32_t> count = in.get<std::uint32_t>();
    if (count && *count > max_message_samples) malformed();
    const auto data = count ? in.take(*count * sizeof(std::int16_t)) : std::nullopt;
    if (!data) return 0;
    deliver_samples(*data, sink);
  } else if (kind == Kind::mark) {
    const std::optional<std::string_view> name = in.text();
    const auto milliseconds = name ? in.get<std::int32_t>() : std::nullopt;
    if (!milliseconds) return 0;
    sink.mark({std::string(*name), *milliseconds});
  } else if (kind == Kind::failure) {
    const std::optional<std::string_view> message = in.text();
    if (!message) return 0;
    throw SpeechError(std::string(*message));
  } else if (kind == Kind::end) {
    ended_ = true;
  } else {
    malformed();
  }
  return 1 + in.used();
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
