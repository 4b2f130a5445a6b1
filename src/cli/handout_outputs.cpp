#include "cli/handout_outputs.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <system_error>

#include "cli/atomic_file.h"
#include "cli/output_names.h"
#include "cli/product_read_back.h"
#include "writers/writers.h"

namespace handout::cli {

model::Diagnostics check_outputs(const model::Handout& handout, const writer::Resources& resources,
                                 std::span<const std::string> formats, FailedFormats& failed) {
  model::Diagnostics warnings;
  for (const std::string& name : formats)
    for (model::Diagnostic& problem : writers::find(name)->check(handout, resources))
      if (problem.severity == model::Severity::warning)
        warnings.push_back(std::move(problem));
      else
        failed[name].push_back(std::move(problem));
  return warnings;
}

namespace {

// Why a format that needs another's products was not made: said at the handout, once.
model::Diagnostic not_made(const model::Handout& handout, const writer::Writer& w,
                           writer::Product need) {
  const std::string provider(writers::provider(need).name());
  return {handout.file, handout.at,
          "the " + std::string(w.name()) + " format was not made, as it needs the " + provider +
              " format, which could not be made (said above)"};
}

// One format, or what stopped it.
std::optional<writer::Rendered> render_one(const model::Handout& handout,
                                           const writer::Resources& resources,
                                           const writer::Writer& w,
                                           const writer::OptionValues& values,
                                           const writer::Products& products,
                                           model::Diagnostics& failure) {
  for (const writer::Product need : w.needs())
    if (!products.has(need)) {
      failure.push_back(not_made(handout, w, need));
      return std::nullopt;
    }
  try {
    return w.render(handout, resources, values, products);
  } catch (const model::Error& error) {
    failure.push_back(error.diagnostic());
  } catch (const std::system_error& error) {  // a library or the system refused: this format only
    failure.push_back(
        {handout.file, handout.at,
         "the " + std::string(w.name()) + " format could not be made: " + error.what()});
  }
  return std::nullopt;
}

// Renders the format `name` into `rendered`, or records in `failed` why it cannot be made.
void render_format(const model::Handout& handout, const writer::Resources& resources,
                   const std::string& name, const writer::OptionValues& values,
                   writer::Products& products, FailedFormats& failed, RenderedFormats& rendered) {
  if (failed.contains(name)) return;  // its check found what it cannot make
  const writer::Writer& w = *writers::find(name);
  model::Diagnostics failure;
  std::optional<writer::Rendered> format =
      render_one(handout, resources, w, values, products, failure);
  if (!format) {
    failed[name] = std::move(failure);
    return;
  }
  // A file the writer does not declare could never be found again to be replaced or deleted.
  for (const writer::OutputFile& file : format->files)
    if (!is_derived_output(name, handout.id, file.name))
      throw std::logic_error("the " + name +
                             " writer made a file it does not declare: " + file.name);
  products.add(format->products);
  rendered.emplace(name, std::move(*format));
}

// The handout's formats as the output folder will hold them once `rendered` is written: those
// of `kept`, each made now with its new files, each that failed now stale.
FormatRecords records_after(const RenderedFormats& rendered, const FormatRecords& kept,
                            const FailedFormats& failed) {
  FormatRecords out = kept;
  for (auto& [name, record] : out)
    if (failed.contains(name)) record.stale = true;
  for (const auto& [name, format] : rendered) {
    FormatRecord& record = out[name];
    record.stale = false;
    record.summary = format.summary;  // a recording's length (writer::ListedFile::seconds)
    record.outputs.clear();
    for (const writer::OutputFile& file : format.files)
      record.outputs.push_back(
          {file.name,
           file.spooled ? std::filesystem::file_size(file.spooled->path()) : file.bytes.size(),
           {}});
  }
  return out;
}

}  // namespace

namespace {

// Whether the products of the format `name` were read back into `products` (ReadBack).
bool read_back_format(const model::Handout& handout, const writer::Resources& resources,
                      const std::string& name, const FailedFormats& failed, ReadBack* read_back,
                      writer::Products& products) {
  if (!read_back || failed.contains(name)) return false;  // its check found what it cannot make
  const auto record = read_back->records.find(name);
  if (record == read_back->records.end()) return false;
  std::optional<writer::Products> kept =
      read_back_products(name, handout.id, record->second, read_back->out, resources.scratch());
  if (!kept) return false;
  products.add(std::move(*kept));
  read_back->done.push_back(name);
  return true;
}

// One handout's formats rendered each once, each after the formats whose products it needs.
class Rendering {
 public:
  Rendering(const model::Handout& handout, const writer::Resources& resources,
            std::span<const std::string> formats, const writer::OptionValues& values,
            FailedFormats& failed, ReadBack* read_back)
      : handout_(handout),
        resources_(resources),
        formats_(formats),
        values_(values),
        failed_(failed),
        read_back_(read_back) {}

  // Whether `name` is up to date, there for its products: read back (or rendered) only when a
  // format rendered now needs them.
  bool waits(const std::string& name) const {
    return read_back_ && read_back_->records.contains(name);
  }

  // The products `name` needs, from the formats that wait for it: read back, or rendered when
  // they cannot be.
  void provide_needs(const std::string& name) {
    for (const writer::Product need : writers::find(name)->needs()) {
      const std::string provider(writers::provider(need).name());
      if (products_.has(need) || !waits(provider) || rendered_.contains(provider) ||
          std::ranges::count(formats_, provider) == 0)
        continue;
      if (!read_back_format(handout_, resources_, provider, failed_, read_back_, products_))
        render(provider);
    }
  }

  void render(const std::string& name) {
    provide_needs(name);
    render_format(handout_, resources_, name, values_, products_, failed_, rendered_);
  }

  writer::Products& products() { return products_; }
  const RenderedFormats& rendered() const { return rendered_; }
  RenderedFormats take() { return std::move(rendered_); }

 private:
  const model::Handout& handout_;
  const writer::Resources& resources_;
  std::span<const std::string> formats_;
  const writer::OptionValues& values_;
  FailedFormats& failed_;
  ReadBack* read_back_;
  RenderedFormats rendered_;
  writer::Products products_;  // of the formats rendered or read back so far
};

// Whether the format `name`, of `read_back`'s listing, would list what it lists already.
bool lists_as_before(const ReadBack* read_back, const std::string& name,
                     std::span<const writer::ListedFile> others) {
  if (!read_back) return false;
  const auto before = read_back->listing.find(name);
  return before != read_back->listing.end() && before->second == listed_hash(others);
}

}  // namespace

RenderedFormats render_outputs(const model::Handout& handout, const writer::Resources& resources,
                               std::span<const std::string> formats,
                               const writer::OptionValues& values, FailedFormats& failed,
                               const FormatRecords& kept, GivenFiles* given, ReadBack* read_back) {
  Rendering rendering(handout, resources, formats, values, failed, read_back);
  const auto lists = [](const std::string& name) {
    return writers::find(name)->lists_other_files();
  };
  for (const std::string& name : formats)
    if (!lists(name) && !rendering.waits(name)) rendering.render(name);
  for (const std::string& name : formats) {
    if (!lists(name)) continue;
    const auto others = [&] {
      return listed_files(handout.id, records_after(rendering.rendered(), kept, failed), name);
    };
    if (lists_as_before(read_back, name, others())) continue;
    rendering.provide_needs(name);  // before its list: a format rendered for it is in it
    std::vector<writer::ListedFile> listed = others();
    if (given) (*given)[name] = listed;
    rendering.products().other_files = std::move(listed);
    rendering.render(name);
  }
  return rendering.take();
}

namespace {

// Whether `path` is a file of its own, not a link: a link put in place of an output is replaced
// with the file, never read through or left.
bool own_file(const std::filesystem::path& path) {
  std::error_code error;
  return std::filesystem::symlink_status(path, error).type() ==
             std::filesystem::file_type::regular &&
         !error;
}

// Whether `path` already holds exactly `bytes`: a format rendered again only because another
// needs it (the PDF for the EPUB) leaves its file, and its time, as they are.
bool holds(const std::filesystem::path& path, std::string_view bytes) {
  std::error_code error;
  if (!own_file(path)) return false;
  if (std::filesystem::file_size(path, error) != bytes.size() || error) return false;
  std::ifstream in(path, std::ios::binary);
  return std::equal(bytes.begin(), bytes.end(), std::istreambuf_iterator<char>(in));
}

// The same for a spooled file, compared piece by piece: it is as large as the recording.
bool holds_file(const std::filesystem::path& path, const std::filesystem::path& written) {
  std::error_code error, other;
  if (!own_file(path)) return false;
  if (std::filesystem::file_size(path, error) != std::filesystem::file_size(written, other) ||
      error || other)
    return false;
  std::ifstream in(path, std::ios::binary), spooled(written, std::ios::binary);
  std::array<char, 1 << 16> a, b;
  while (in && spooled) {
    in.read(a.data(), a.size());
    spooled.read(b.data(), b.size());
    if (in.gcount() != spooled.gcount() ||
        !std::equal(a.begin(), a.begin() + in.gcount(), b.begin()))
      return false;
  }
  return in.eof() && spooled.eof();
}

}  // namespace

void write_outputs(const std::filesystem::path& folder, const RenderedFormats& rendered) {
  std::vector<PendingFile> files;
  for (const auto& [name, format] : rendered)
    for (const writer::OutputFile& file : format.files) {
      if (!is_plain_file_name(file.name))
        throw std::logic_error("a writer's output must be a plain file name: " + file.name);
      const std::filesystem::path path = folder / file.name;
      if (file.spooled && !holds_file(path, file.spooled->path()))
        files.push_back({path, {}, file.spooled->path()});
      else if (!file.spooled && !holds(path, file.bytes))
        files.push_back({path, file.bytes});
    }
  write_all_atomically(files);
}

}  // namespace handout::cli
