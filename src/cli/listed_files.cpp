#include "cli/listed_files.h"

#include <array>
#include <charconv>

#include "cli/content_hash.h"
#include "writers/writers.h"

namespace handout::cli {

namespace {

// A recording's length, as its format's summary records it (writer::Rendered::summary).
std::optional<double> recording_seconds(const writer::OutputKind& kind,
                                        const FormatRecord& record) {
  const auto seconds = record.summary.find("seconds");
  if (!kind.media_type.starts_with("audio/") || seconds == record.summary.end() ||
      !seconds->is_number())
    return std::nullopt;
  return seconds->get<double>();
}

// The shortest text that reads back as `seconds`: the same length, the same text.
std::string seconds_text(std::optional<double> seconds) {
  if (!seconds) return "no length";
  std::array<char, 32> text{};
  const auto end = std::to_chars(text.data(), text.data() + text.size(), *seconds).ptr;
  return std::string(text.data(), end);
}

}  // namespace

std::vector<writer::ListedFile> listed_files(std::string_view id, const FormatRecords& records,
                                             std::string_view except) {
  std::vector<writer::ListedFile> out;
  for (const writer::Writer* w : writers::all()) {
    const auto format = records.find(std::string(w->name()));
    if (format == records.end() || w->name() == except) continue;
    for (const writer::OutputKind& kind : w->outputs())
      for (const OutputRecord& output : format->second.outputs)
        if (output.name.starts_with(id) &&
            kind.names(std::string_view(output.name).substr(id.size())))
          out.push_back({output.name, kind, output.size, format->second.stale,
                         recording_seconds(kind, format->second)});
  }
  return out;
}

FormatRecords present_in(const FormatRecords& records, const std::filesystem::path& out) {
  FormatRecords present;
  for (const auto& [name, record] : records) {
    FormatRecord kept = record;
    std::erase_if(kept.outputs, [&](const OutputRecord& output) {
      std::error_code error;
      return std::filesystem::file_size(out / output.name, error) != output.size || error;
    });
    if (!kept.outputs.empty()) present.emplace(name, std::move(kept));
  }
  return present;
}

std::string listed_hash(std::span<const writer::ListedFile> files) {
  ContentHash hash;
  for (const writer::ListedFile& file : files)
    hash.add(file.name)
        .add(std::to_string(file.size))
        .add(file.stale ? "stale" : "current")
        .add(seconds_text(file.seconds));
  return hash.hex();
}

}  // namespace handout::cli
