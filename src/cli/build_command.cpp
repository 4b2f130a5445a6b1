#include "cli/build_command.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <set>

#include "cli/atomic_file.h"
#include "cli/build_inputs.h"
#include "cli/build_job.h"
#include "cli/collection_outputs.h"
#include "cli/content_load.h"
#include "cli/fonts_location.h"
#include "cli/format_needs.h"
#include "cli/listed_files.h"
#include "cli/manifest.h"
#include "cli/out_folder.h"
#include "cli/output_lock.h"
#include "cli/progress.h"
#include "cli/report.h"
#include "cli/version.h"
#include "cli/worker_pool.h"
#include "writers/writers.h"

namespace handout::cli {

namespace {

namespace fs = std::filesystem;

// SOURCE_DATE_EPOCH (reproducible-builds.org) dates a PDF whose handout has no `revised`.
std::int64_t source_date_epoch() {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  return value ? std::strtoll(value, nullptr, 10) : 0;
}

bool outputs_intact(const FormatRecord& record, const fs::path& out) {
  std::error_code error;
  for (const OutputRecord& output : record.outputs)
    if (fs::symlink_status(out / output.name, error).type() != fs::file_type::regular ||
        fs::file_size(out / output.name, error) != output.size || error)
      return false;  // a link in its place is no output of a build: made again, in its place
  return !record.outputs.empty();
}

bool is_up_to_date(const Manifest& manifest, const std::string& id, const std::string& format,
                   const std::string& hash, const fs::path& out) {
  const auto entry = manifest.handouts.find(id);
  if (entry == manifest.handouts.end() || !entry->second.errors.empty()) return false;
  const auto record = entry->second.formats.find(format);
  return record != entry->second.formats.end() && record->second.inputs_hash == hash &&
         outputs_intact(record->second, out);
}

// Removes files a format no longer produces (e.g. a WAV after --wav is dropped).
void remove_stale_outputs(const FormatRecord& before, const FormatRecord& now,
                          const fs::path& out) {
  std::set<std::string> kept;
  for (const OutputRecord& output : now.outputs) kept.insert(output.name);
  std::error_code ignored;
  for (const OutputRecord& output : before.outputs)
    if (!kept.contains(output.name)) fs::remove(out / output.name, ignored);
}

// "1.2 s  (4 pages, 5:45 of audio, 7 chapters, peak memory 39 MiB)": each format's own words;
// "audio read back" for a format whose products a format made now needs but whose outputs were
// up to date, so it was not made again.
std::string describe(const JobResult& result, long max_rss_kib) {
  std::string details;
  for (const writer::Writer* w : writers::all())
    if (const auto built = result.formats.find(std::string(w->name()));
        built != result.formats.end())
      details += w->describe(built->second.summary) + ", ";
  for (const std::string& format : result.read_back) details += format + " read back, ";
  char text[64];
  std::snprintf(text, sizeof text, "%.1f s  (", result.seconds);
  return text + details + "peak memory " + std::to_string((max_rss_kib + 1023) / 1024) + " MiB)";
}

struct Tally {
  std::size_t built = 0, unchanged = 0, failed = 0, removed = 0;
  std::size_t unchanged_warnings = 0;  // what the unchanged handouts' last builds said
  std::size_t hidden_warnings = 0;     // not shown: --quiet
  std::string failed_ids;
  void fail(const std::string& id) {
    ++failed;
    failed_ids += (failed_ids.empty() ? "" : ", ") + id;
  }
};

Manifest load_or_start_over(const fs::path& path) {
  try {
    return load_manifest(path);
  } catch (const model::Error& error) {
    std::cerr << model::format(error.diagnostic()) << "; rebuilding every handout\n";
    return {};
  }
}

class Build {
 public:
  explicit Build(BuildOptions options) : options_(std::move(options)) {}

  ExitCode run() {
    model::Diagnostics diagnostics;
    content_ = load_content(options_.content, options_.ids, diagnostics);
    // A rebuild of watch says them again only when it builds something.
    if (!options_.changes_only) warn(content_.warnings);
    print_diagnostics(diagnostics);
    if (!content_.shared_files_ok()) {  // every handout depends on them
      if (const std::string blocked = content_.blocked_message(options_.content); !blocked.empty())
        std::cerr << blocked << '\n';
      return exit_failed;
    }
    if (!content_.handouts_listed) {  // which handouts are gone is unknown: remove nothing
      std::cerr << "handout: nothing was built and no output removed, as the handouts folder "
                   "could not be read (said above)\n";
      return exit_failed;
    }
    resources_ = {.fonts_dir = options_.fonts_dir,
                  .lexicons = &*content_.lexicons,
                  .clinical_lexicons = &content_.clinical_lexicons,
                  .source_date_epoch = source_date_epoch(),
                  .scratch_dir = options_.out};  // spooled outputs are renamed into place
    if (fs::exists(options_.out) && !fs::is_directory(options_.out)) {
      std::cerr << "handout: the output folder '" << options_.out.generic_string()
                << "' is a file, not a folder; name a folder with --out FOLDER (default: out)\n";
      return exit_failed;
    }
    if (!out_folder_is_ours()) return exit_failed;  // before the lock: nothing written there
    fs::create_directories(options_.out);
    OutputLock lock(options_.out);
    remove_abandoned_temporaries(options_.out);
    manifest_ = load_or_start_over(options_.out / manifest_name);
    manifest_.tool_version = std::string(version);
    manifest_.content_folder = content_folder_id(options_.content);
    std::size_t id_width = 0;
    for (const content::HandoutFile& file : content_.files)
      id_width = std::max(id_width, file.id.size());
    Progress progress(content_.files.size(), options_.quiet, id_width, options_.changes_only);
    plan(progress);
    if (options_.changes_only && !pending_.empty()) warn(content_.warnings);
    build_changed(progress);
    mark_stale();
    if (options_.ids.empty()) remove_deleted(progress);
    write_collection_outputs(options_, content_, resources_, manifest_);
    write_atomically(options_.out / manifest_name, to_json(manifest_));
    progress.summary(tally_.built, tally_.unchanged, tally_.failed, tally_.removed,
                     tally_.failed_ids, summary_note(diagnostics.size()));
    return diagnostics.empty() && tally_.failed == 0 ? exit_ok : exit_failed;
  }

 private:
  struct Pending {
    Job job;
    std::map<std::string, std::string> inputs_hashes;  // of the formats to build
  };

  void warn(const model::Diagnostics& warnings) {
    if (options_.quiet)
      tally_.hidden_warnings += warnings.size();
    else
      print_warnings(warnings);
  }

  void warn(const std::vector<std::string>& warnings) {
    if (options_.quiet)
      tally_.hidden_warnings += warnings.size();
    else
      for (const std::string& warning : warnings) std::cerr << warning << '\n';
  }

  void plan(Progress& progress) {
    const std::string shared = shared_inputs_hash(options_);
    // A writer's inputs may depend on the handout's language (the audio's lexicon).
    std::map<std::string, std::map<std::string, std::string>> by_language;
    for (const content::HandoutFile& file : content_.files) {
      const std::string language = content::handout_language(file.path);
      if (!by_language.contains(language))
        by_language[language] = writer_inputs_hashes(options_, resources_, {language, {}});
      const std::map<std::string, std::string>& writers = by_language.at(language);
      Pending pending{{&file, {file.id, &*content_.clinic, options_.content}, {}}, {}};
      const std::string pictures = pictures_hash(options_.content, file.path);
      const std::string source = source_hash(options_.content, file.path, pictures);
      sources_[file.id] = source;
      std::vector<std::string> outdated;
      for (const std::string& format : options_.formats) {
        const std::string hash =
            handout_inputs_hash(shared, writers.at(format), file.path, pictures);
        pending.inputs_hashes[format] = hash;
        if (!is_up_to_date(manifest_, file.id, format, hash, options_.out))
          outdated.push_back(format);
        else  // made from these very inputs, so from this source
          made_from(manifest_.handouts.at(file.id).formats.at(format), source);
      }
      pending.job.kept = kept_records(file.id, source);
      add_listing_formats(file.id, pending.job, outdated);
      // A format is made again with those it needs; those up to date are read back if they can be.
      std::vector<std::string> wanted = outdated;
      for (const auto& [format, listed] : pending.job.listing) wanted.push_back(format);
      pending.job.formats = with_needs(wanted);
      for (const std::string& format : pending.job.formats)
        if (std::ranges::count(wanted, format) == 0)
          pending.job.read_back.emplace(format, manifest_.handouts.at(file.id).formats.at(format));
      if (pending.job.formats.empty()) {
        ++tally_.unchanged;
        tally_.unchanged_warnings += manifest_.handouts.at(file.id).warnings;
        progress.finished("unchanged", file.id, "");
      } else {
        pending_.push_back(std::move(pending));
      }
    }
  }

  // The handout's formats' files in out/ now, each stale when made from another source than
  // `source` (as mark_stale() will record it when this build leaves it as it is).
  FormatRecords kept_records(const std::string& id, const std::string& source) const {
    const auto entry = manifest_.handouts.find(id);
    if (entry == manifest_.handouts.end()) return {};
    FormatRecords kept = present_in(entry->second.formats, options_.out);
    for (auto& [format, record] : kept) record.stale = record.stale || record.source_hash != source;
    return kept;
  }

  // A chosen format that lists the other formats' files is made again when out/ no longer
  // holds the files it was given; when other formats are made again, the job makes it again
  // only if what it shows of their files changes (Job::listing): a format made again with the
  // same bytes leaves it as it is.
  void add_listing_formats(const std::string& id, Job& job,
                           std::vector<std::string>& outdated) const {
    std::vector<std::string> listing;
    for (const std::string& format : options_.formats) {
      if (!writers::find(format)->lists_other_files() || std::ranges::count(outdated, format) > 0)
        continue;
      const std::string& given = manifest_.handouts.at(id).formats.at(format).listed_hash;
      if (listed_hash(listed_files(id, job.kept, format)) != given)
        outdated.push_back(format);
      else
        job.listing.emplace(format, given);
    }
    if (outdated.empty()) job.listing.clear();  // nothing made: nothing it lists changes
  }

  void build_changed(Progress& progress) {
    if (!pending_.empty()) progress.working(tally_.unchanged, pending_.front().job.file->id);
    run_in_workers(
        pending_.size(), options_.jobs,
        [&](std::size_t i) {  // in a worker process of its own, which builds this one handout
          writer::Resources resources = resources_;
          resources.one_handout_process = true;
          return encode(build_handout(pending_[i].job, resources, options_.values, options_.out));
        },
        [&](std::size_t i, WorkerOutcome outcome) {
          record(pending_[i], outcome, progress);
          progress.working(tally_.unchanged + tally_.built + tally_.failed,
                           pending_[i].job.file->id);
        });
  }

  static JobResult result_of(const Pending& pending, const WorkerOutcome& outcome) {
    JobResult result;
    const std::string& name = pending.job.file->display_name;
    if (!outcome.completed) {
      result.errors.push_back(name + ": the build crashed: " + outcome.failure);
      return result;
    }
    try {
      return decode_job_result(outcome.payload);
    } catch (const model::Error& error) {
      result.errors.push_back(name + ": " + error.diagnostic().message);
      return result;
    }
  }

  static void made_from(FormatRecord& record, const std::string& source) {
    record.source_hash = source;
    record.stale = false;
    record.errors.clear();
  }

  void record(const Pending& pending, const WorkerOutcome& outcome, Progress& progress) {
    const std::string& id = pending.job.file->id;
    const JobResult result = result_of(pending, outcome);
    warn(result.warnings);
    ManifestEntry& entry = manifest_.handouts[id];
    // Published with out/: paths inside the content folder only, never the machine's.
    entry.source = (fs::path("handouts") / (id + ".xml")).generic_string();
    entry.warnings = result.warnings.size();
    if (!result.ok) {  // not read: no format was made
      for (const std::string& error : result.errors) std::cerr << error << '\n';
      entry.errors.clear();  // retried next time, so its errors are shown again
      for (const std::string& error : result.errors) entry.errors.push_back(published(error));
      bool kept = false;
      for (auto& [format, record] : entry.formats)
        kept = (record.stale = !record.outputs.empty()) || kept;
      tally_.fail(id);
      progress.finished("failed", id, kept ? "previous outputs kept, now out of date" : "");
      return;
    }
    entry.errors.clear();
    for (const auto& [format, built] : result.formats) {
      FormatRecord& record = entry.formats[format];
      remove_stale_outputs(record, built, options_.out);
      record = built;
      record.inputs_hash = pending.inputs_hashes.at(format);
      made_from(record, sources_.at(id));
    }
    if (result.failed.empty()) {
      ++tally_.built;
      progress.finished("built", id, describe(result, outcome.max_rss_kib));
      return;
    }
    // Each format that could not be made failed alone: its errors once, its old outputs kept.
    for (const std::string& error : result.failures_said) std::cerr << error << '\n';
    std::string failed, kept;  // "pdf, " …, in the list's order
    for (const writer::Writer* w : writers::all()) {
      const std::string format(w->name());
      const auto found = result.failed.find(format);
      if (found == result.failed.end()) continue;
      const std::vector<std::string>& errors = found->second;
      FormatRecord& record = entry.formats[format];
      record.errors.clear();
      for (const std::string& error : errors) record.errors.push_back(published(error));
      record.stale = !record.outputs.empty();
      (record.stale ? kept : failed) += (format + ", ");
    }
    tally_.fail(id);
    std::string detail = "not made: " + failed + kept;
    detail.resize(detail.size() - 2);
    if (!kept.empty()) detail += " (their previous outputs kept, now out of date)";
    if (!result.formats.empty()) detail += "; made: " + made_list(result);
    progress.finished("failed", id, detail);
  }

  static std::string made_list(const JobResult& result) {
    std::string out;
    for (const writer::Writer* w : writers::all())
      if (result.formats.contains(std::string(w->name())))
        out += (out.empty() ? "" : ", ") + std::string(w->name());
    return out;
  }

  // After a build: each format of each handout of this build made from an older source than
  // the handout's is stale, whether it failed or was not chosen (--formats).
  void mark_stale() {
    for (const auto& [id, source] : sources_) {
      const auto entry = manifest_.handouts.find(id);
      if (entry == manifest_.handouts.end()) continue;
      entry->second.stale = false;
      for (auto& [format, record] : entry->second.formats) {
        if (!record.outputs.empty() && record.source_hash != source) record.stale = true;
        entry->second.stale = entry->second.stale || record.stale;
      }
    }
  }

  // An error as the published manifest keeps it: its file named inside the content folder.
  std::string published(const std::string& error) const {
    const std::string prefix = options_.content.generic_string() + "/";
    return error.starts_with(prefix) ? error.substr(prefix.size()) : error;
  }

  // Whether the output folder is this content folder's (or new); says why not.
  bool out_folder_is_ours() const {
    if (options_.take_over || !fs::is_directory(options_.out)) return true;
    std::string recorded;
    try {
      recorded = load_manifest(options_.out / manifest_name).content_folder;
    } catch (const model::Error&) {  // unreadable: rebuilt from scratch, said later
    }
    std::vector<std::string> ids;
    for (const content::HandoutFile& file : content_.files) ids.push_back(file.id);
    const std::optional<std::string> problem =
        foreign_folder_problem(options_.out, out_folder_state(options_.out, ids, recorded),
                               content_folder_id(options_.content));
    if (problem) std::cerr << "handout: " << *problem << '\n';
    return !problem;
  }

  // The end of the summary line: what is out of date, and errors that belong to no handout,
  // so that the line and the exit code always agree.
  std::string summary_note(std::size_t content_errors) const {
    std::string note;
    if (const std::string stale = stale_outputs(); !stale.empty())
      note += "; out of date in " + options_.out.generic_string() + ": " + stale +
              " (older than their source, kept from an earlier build)";
    if (tally_.unchanged_warnings > 0)
      note += "; " + count(tally_.unchanged_warnings, "warning") +
              " in the unchanged handouts (handout check shows them)";
    if (tally_.hidden_warnings > 0)
      note += "; " + count(tally_.hidden_warnings, "warning") + " not shown (--quiet)";
    if (content_errors > 0)
      note += "; " + std::to_string(content_errors) + (content_errors == 1 ? " error" : " errors") +
              " in the content folder, shown above";
    return note;
  }

  static std::string count(std::size_t n, std::string_view word) {
    return std::to_string(n) + ' ' + std::string(word) + (n == 1 ? "" : "s");
  }

  // "knee's audio, web; low-back's braille": the stale formats of this build's handouts.
  std::string stale_outputs() const {
    std::string out;
    for (const auto& [id, source] : sources_) {
      const auto entry = manifest_.handouts.find(id);
      if (entry == manifest_.handouts.end() || !entry->second.stale) continue;
      std::string formats;  // in the list's order
      for (const writer::Writer* w : writers::all())
        if (const auto record = entry->second.formats.find(std::string(w->name()));
            record != entry->second.formats.end() && record->second.stale)
          formats += (formats.empty() ? "" : ", ") + record->first;
      out += (out.empty() ? "" : "; ") + id + "'s " + formats;
    }
    return out;
  }

  // Outputs of handouts whose source file is gone.
  void remove_deleted(Progress& progress) {
    std::set<std::string> present;
    for (const content::HandoutFile& file : content_.files) present.insert(file.id);
    for (auto it = manifest_.handouts.begin(); it != manifest_.handouts.end();) {
      if (present.contains(it->first)) {
        ++it;
        continue;
      }
      std::error_code ignored;
      for (const auto& [format, record] : it->second.formats)
        for (const OutputRecord& output : record.outputs)
          fs::remove(options_.out / output.name, ignored);
      ++tally_.removed;
      progress.finished("removed", it->first, "its source is gone");
      it = manifest_.handouts.erase(it);
    }
  }

  BuildOptions options_;
  LoadedContent content_;
  writer::Resources resources_;
  Manifest manifest_;
  std::vector<Pending> pending_;
  std::map<std::string, std::string> sources_;  // source_hash of each handout of this build
  Tally tally_;
};

}  // namespace

ExitCode run_build(const BuildOptions& given) {
  BuildOptions options = given;
  options.fonts_dir = locate_fonts(given.fonts_dir);
  try {
    return Build(options).run();
  } catch (const fs::filesystem_error& error) {
    std::cerr << error.path1().string() << ": " << error.code().message() << '\n';
    return exit_failed;
  } catch (const model::Error& error) {
    std::cerr << model::format(error.diagnostic()) << '\n';
    return exit_failed;
  }
}

}  // namespace handout::cli
