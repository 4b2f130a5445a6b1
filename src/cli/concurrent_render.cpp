#include "cli/concurrent_render.h"

#include <algorithm>
#include <exception>
#include <optional>
#include <thread>
#include <vector>

namespace handout::cli {

namespace {

// Where the writer called `name` is in `writers`, or writers.size().
std::size_t position_of(std::span<const writer::Writer* const> writers, std::string_view name) {
  return static_cast<std::size_t>(
      std::ranges::find_if(writers, [&](const writer::Writer* w) { return w->name() == name; }) -
      writers.begin());
}

// The round in which each writer renders: 0 when it needs none of `writers`, else one after
// the last round of those it needs.
std::vector<std::size_t> rounds_of(std::span<const writer::Writer* const> writers) {
  std::vector<std::size_t> round(writers.size(), 0);
  for (std::size_t i = 0; i < writers.size(); ++i)
    for (std::string_view need : writers[i]->needs())
      if (const std::size_t j = position_of(writers, need); j < i)
        round[i] = std::max(round[i], round[j] + 1);
  return round;
}

}  // namespace

writer::RenderedFormats render_concurrently(std::span<const writer::Writer* const> writers,
                                            const model::Handout& handout,
                                            const writer::Resources& resources,
                                            const writer::OptionValues& values) {
  const std::vector<std::size_t> round = rounds_of(writers);
  const std::size_t rounds = round.empty() ? 0 : *std::ranges::max_element(round) + 1;
  std::vector<std::exception_ptr> failures(writers.size());
  std::vector<bool> missing(writers.size(), false);  // failed, or a need of it did
  writer::RenderedFormats rendered;                  // changed between rounds only
  for (std::size_t r = 0; r < rounds; ++r) {
    std::vector<std::size_t> now;
    for (std::size_t i = 0; i < writers.size(); ++i) {
      if (round[i] != r) continue;
      for (std::string_view need : writers[i]->needs())
        if (const std::size_t j = position_of(writers, need); j < i && missing[j])
          missing[i] = true;
      if (!missing[i]) now.push_back(i);
    }
    std::vector<std::optional<writer::Rendered>> results(now.size());
    const auto render = [&](std::size_t k) {
      try {
        results[k] = writers[now[k]]->render(handout, resources, values, rendered);
      } catch (...) {
        failures[now[k]] = std::current_exception();
      }
    };
    // One after another: the audio forks its synthesizer process, and a fork while other
    // threads hold locks (the sanitizers' allocator, glibc's) hangs the child; side by side
    // waits for a synthesizer that is spawned rather than forked.
    for (std::size_t k = 0; k < now.size(); ++k) render(k);
    for (std::size_t k = 0; k < now.size(); ++k) {
      missing[now[k]] = !results[k];
      if (results[k]) rendered.emplace(writers[now[k]]->name(), std::move(*results[k]));
    }
  }
  for (const std::exception_ptr& failure : failures)
    if (failure) std::rethrow_exception(failure);
  return rendered;
}

}  // namespace handout::cli
