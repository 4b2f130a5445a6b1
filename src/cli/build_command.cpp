#include "cli/build_command.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <set>

#include "cli/atomic_file.h"
#include "cli/build_inputs.h"
#include "cli/build_job.h"
#include "cli/fonts_location.h"
#include "cli/manifest.h"
#include "cli/output_lock.h"
#include "cli/progress.h"
#include "cli/report.h"
#include "cli/version.h"
#include "cli/worker_pool.h"
#include "speech/voices.h"

namespace handout::cli {

namespace {

namespace fs = std::filesystem;

// SOURCE_DATE_EPOCH (reproducible-builds.org) dates a PDF whose handout has no `revised`.
std::int64_t source_date_epoch() {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  return value ? std::strtoll(value, nullptr, 10) : 0;
}

bool outputs_intact(const ManifestEntry& entry, const fs::path& out) {
  std::error_code error;
  for (const OutputRecord& output : entry.outputs)
    if (fs::file_size(out / output.name, error) != output.size || error) return false;
  return !entry.outputs.empty();
}

bool is_up_to_date(const Manifest& manifest, const std::string& id, const std::string& hash,
                   const fs::path& out) {
  const auto found = manifest.handouts.find(id);
  return found != manifest.handouts.end() && found->second.inputs_hash == hash &&
         found->second.errors.empty() && outputs_intact(found->second, out);
}

// Removes files a handout no longer produces (e.g. a WAV after --wav is dropped).
void remove_stale_outputs(const ManifestEntry& before, const ManifestEntry& now,
                          const fs::path& out) {
  std::set<std::string> kept;
  for (const OutputRecord& output : now.outputs) kept.insert(output.name);
  std::error_code ignored;
  for (const OutputRecord& output : before.outputs)
    if (!kept.contains(output.name)) fs::remove(out / output.name, ignored);
}

std::string describe(const JobResult& result, long max_rss_kib) {
  const ManifestEntry& entry = result.entry;
  const int seconds = static_cast<int>(entry.audio_seconds + 0.5);
  char text[160];
  std::snprintf(text, sizeof text,
                "%.1f s  (%d page%s, %d:%02d of audio, %zu chapter%s, peak memory %ld MiB)",
                result.seconds, entry.pages, entry.pages == 1 ? "" : "s", seconds / 60,
                seconds % 60, entry.chapters.size(), entry.chapters.size() == 1 ? "" : "s",
                (max_rss_kib + 1023) / 1024);
  return text;
}

struct Tally {
  std::size_t built = 0, unchanged = 0, failed = 0, removed = 0;
  std::string failed_ids;
  void fail(const std::string& id) {
    ++failed;
    failed_ids += (failed_ids.empty() ? "" : ", ") + id;
  }
};

class Build {
 public:
  explicit Build(BuildOptions options) : options_(std::move(options)) {}

  ExitCode run() {
    model::Diagnostics diagnostics;
    clinic_ = content::load_clinic(options_.content, diagnostics);
    lexicon_ = content::load_lexicon(options_.content, diagnostics);
    files_ = content::find_handouts(options_.content, options_.ids, diagnostics);
    print_diagnostics(diagnostics);
    if (!clinic_ || !lexicon_) return exit_failed;  // every handout depends on them
    fs::create_directories(options_.out);
    OutputLock lock(options_.out);
    remove_abandoned_temporaries(options_.out);
    std::string warning;
    manifest_ = load_manifest(options_.out / "manifest.json", warning);
    if (!warning.empty()) std::cerr << warning << '\n';
    manifest_.tool_version = std::string(version);
    Progress progress(files_.size(), options_.quiet);
    plan(progress);
    build_changed(progress);
    if (options_.ids.empty()) remove_deleted(progress);
    write_atomically(options_.out / "manifest.json", to_json(manifest_));
    progress.summary(tally_.built, tally_.unchanged, tally_.failed, tally_.removed,
                     tally_.failed_ids);
    return diagnostics.empty() && tally_.failed == 0 ? exit_ok : exit_failed;
  }

 private:
  void plan(Progress& progress) {
    const std::string shared = shared_inputs_hash(options_);
    for (const content::HandoutFile& file : files_) {
      const std::string hash = handout_inputs_hash(shared, file.path);
      if (is_up_to_date(manifest_, file.id, hash, options_.out)) {
        ++tally_.unchanged;
        progress.finished("unchanged", file.id, "");
      } else {
        pending_.push_back({&file, hash});
      }
    }
  }

  void build_changed(Progress& progress) {
    const std::vector<std::string> languages = speech::voice_languages();
    if (!pending_.empty()) progress.working(tally_.unchanged, pending_.front().file->id);
    run_in_workers(
        pending_.size(), options_.jobs,
        [&](std::size_t i) {
          const content::HandoutFile& file = *pending_[i].file;
          const content::HandoutContext context{file.id, languages, &*clinic_};
          return encode(build_handout(file, context, *lexicon_, options_));
        },
        [&](std::size_t i, WorkerOutcome outcome) {
          record(pending_[i], outcome, progress);
          progress.working(tally_.unchanged + tally_.built + tally_.failed, pending_[i].file->id);
        });
  }

  struct Pending {
    const content::HandoutFile* file;
    std::string inputs_hash;
  };

  void record(const Pending& job, const WorkerOutcome& outcome, Progress& progress) {
    const std::string& id = job.file->id;
    JobResult result;
    if (outcome.completed) {
      result = decode_job_result(outcome.payload);
    } else {
      result.errors.push_back(job.file->display_name + ": the build crashed: " + outcome.failure);
    }
    ManifestEntry& entry = manifest_.handouts[id];
    if (result.ok) {
      result.entry.inputs_hash = job.inputs_hash;
      remove_stale_outputs(entry, result.entry, options_.out);
      entry = result.entry;
      ++tally_.built;
      progress.finished("built", id, describe(result, outcome.max_rss_kib));
      return;
    }
    for (const std::string& error : result.errors) std::cerr << error << '\n';
    entry.source = job.file->display_name;
    entry.inputs_hash.clear();  // retried next time, so its errors are shown again
    entry.errors = result.errors;
    tally_.fail(id);
    progress.finished("failed", id, "previous outputs kept");
  }

  // Outputs of handouts whose source file is gone.
  void remove_deleted(Progress& progress) {
    std::set<std::string> present;
    for (const content::HandoutFile& file : files_) present.insert(file.id);
    for (auto it = manifest_.handouts.begin(); it != manifest_.handouts.end();) {
      if (present.contains(it->first)) {
        ++it;
        continue;
      }
      std::error_code ignored;
      for (const OutputRecord& output : it->second.outputs)
        fs::remove(options_.out / output.name, ignored);
      ++tally_.removed;
      progress.finished("removed", it->first, "its source is gone");
      it = manifest_.handouts.erase(it);
    }
  }

  BuildOptions options_;
  std::optional<model::Clinic> clinic_;
  std::optional<model::Lexicon> lexicon_;
  std::vector<content::HandoutFile> files_;
  Manifest manifest_;
  std::vector<Pending> pending_;
  Tally tally_;
};

}  // namespace

ExitCode run_build(const BuildOptions& given) {
  BuildOptions options = given;
  options.print.fallback_epoch = source_date_epoch();
  options.print.fonts_dir = locate_fonts(given.print.fonts_dir);
  try {
    return Build(std::move(options)).run();
  } catch (const fs::filesystem_error& error) {
    std::cerr << error.path1().string() << ": " << error.code().message() << '\n';
    return exit_failed;
  }
}

}  // namespace handout::cli
