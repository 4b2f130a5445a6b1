#include "content/content_folder.h"

#include <algorithm>
#include <pugixml.hpp>
#include <system_error>

#include "content/clinic_reader.h"
#include "content/source_text.h"
#include "lang/language.h"

namespace handout::content {

namespace fs = std::filesystem;

namespace {

std::string display(const fs::path& path) {
  return path.lexically_normal().generic_string();
}

// Hidden files, editor backups and the files Windows and macOS leave in every folder.
bool is_ignored(const fs::path& name) {
  const std::string text = name.string();
  for (std::string_view ending : {"~", ".bak", ".swp", ".orig", ".tmp"})
    if (text.ends_with(ending)) return true;
  return text.starts_with('.') || text.starts_with('#') || text == "Thumbs.db" ||
         text == "desktop.ini";
}

bool is_inside(const fs::path& path, const fs::path& folder) {
  std::error_code error;
  const fs::path real = fs::canonical(path, error);
  const fs::path real_folder = fs::canonical(folder, error);
  if (error) return false;
  const auto [end, _] =
      std::mismatch(real_folder.begin(), real_folder.end(), real.begin(), real.end());
  return end == real_folder.end();
}

// lexicon.pls, then lexicon.<language>.pls files by name.
std::vector<fs::path> lexicon_files(const fs::path& content_dir) {
  std::vector<fs::path> files;
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(content_dir, error)) {
    const std::string name = entry.path().filename().string();
    if (name == "lexicon.pls" || (name.starts_with("lexicon.") && name.ends_with(".pls")))
      files.push_back(entry.path());
  }
  std::ranges::sort(files, [](const fs::path& a, const fs::path& b) {
    return std::pair(a.filename() != "lexicon.pls", a.filename()) <
           std::pair(b.filename() != "lexicon.pls", b.filename());
  });
  return files;
}

// The language lexicon.<language>.pls is named for, when its xml:lang must agree.
std::optional<std::string> named_language(const fs::path& file) {
  const std::string stem = file.stem().string();  // "lexicon.es"
  if (stem == "lexicon") return std::nullopt;
  return stem.substr(std::string_view("lexicon.").size());
}

std::string place(const model::Lexicon& lexicon) {
  return lexicon.file + ":" + std::to_string(lexicon.lang.at.line) + ":" +
         std::to_string(lexicon.lang.at.column);
}

// What is wrong with the language of `lexicon`, read from `file`, among `earlier`; or "".
std::string language_problem(const model::Lexicon& lexicon, const fs::path& file,
                             const std::vector<model::Lexicon>& earlier) {
  if (const std::optional<std::string> named = named_language(file)) {
    if (lang::language_subtag(*named) != *named)
      return "a lexicon's file is named lexicon.<language>.pls with a language subtag such as "
             "es, not '" +
             *named + "'; rename it";
    if (!lang::same_language(*named, lexicon.lang.tag))
      return "this lexicon is named for '" + *named + "' but its xml:lang is '" + lexicon.lang.tag +
             "'; make them agree";
  }
  for (const model::Lexicon& other : earlier)
    if (lang::same_language(other.lang.tag, lexicon.lang.tag))
      return "xml:lang '" + lexicon.lang.tag + "' is the language of " + place(other) +
             " too; put each language's lexemes in one file";
  return "";
}

}  // namespace

std::vector<HandoutFile> find_handouts(const fs::path& content_dir,
                                       std::span<const std::string> ids, model::Diagnostics& out) {
  return find_handouts(content_dir, ids, out, out);
}

std::vector<HandoutFile> find_handouts(const fs::path& content_dir,
                                       std::span<const std::string> ids, model::Diagnostics& out,
                                       model::Diagnostics& warnings) {
  const fs::path folder = content_dir / "handouts";
  const std::size_t first_error = out.size();
  const std::size_t first_warning = warnings.size();
  std::vector<HandoutFile> files;
  std::error_code error;
  fs::directory_iterator it(folder, error);
  if (error) {
    out.push_back({display(folder), {}, "cannot read the handouts folder: " + error.message()});
    return files;
  }
  for (const fs::directory_entry& entry : it) {
    const fs::path name = entry.path().filename();
    if (is_ignored(name)) continue;
    if (name.extension() != ".xml") {
      warnings.push_back({display(entry.path()),
                          {},
                          "not a handout (only <id>.xml files are read); it is skipped, so move "
                          "it elsewhere or rename it to end in .xml"});
      continue;
    }
    if (!is_inside(entry.path(), content_dir)) {
      out.push_back({display(entry.path()),
                     {},
                     "this handout is a link to a file outside the content folder; copy the file "
                     "in instead"});
      continue;
    }
    if (std::error_code unknown; !entry.is_regular_file(unknown)) {  // a FIFO would hang a read
      out.push_back({display(entry.path()),
                     {},
                     "not a regular file (a FIFO, a device or a folder has a handout's name); "
                     "only files are read, so put the handout's file itself here"});
      continue;
    }
    files.push_back({name.stem().string(), entry.path(), display(entry.path())});
  }
  std::ranges::sort(files, {}, &HandoutFile::id);
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(first_error), out.end(),
            [](const model::Diagnostic& a, const model::Diagnostic& b) { return a.file < b.file; });
  std::stable_sort(
      warnings.begin() + static_cast<std::ptrdiff_t>(first_warning), warnings.end(),
      [](const model::Diagnostic& a, const model::Diagnostic& b) { return a.file < b.file; });
  if (ids.empty()) return files;
  std::vector<HandoutFile> chosen;
  for (const std::string& id : ids) {
    const auto found = std::ranges::find(files, id, &HandoutFile::id);
    if (found == files.end())
      out.push_back(
          {display(folder / (id + ".xml")), {}, "no handout '" + id + "' in " + display(folder)});
    else if (std::ranges::find(chosen, id, &HandoutFile::id) == chosen.end())
      chosen.push_back(*found);
  }
  return chosen;
}

std::string handout_language(const fs::path& file) {
  model::Diagnostics ignored;  // the reader reports them
  const std::optional<SourceText> source = load_source(file, file.string(), ignored);
  pugi::xml_document document;
  if (!source ||
      !document.load_buffer(source->text().data(), source->text().size(), pugi::parse_minimal))
    return "";
  return document.document_element().attribute("lang").value();
}

std::vector<std::string> handout_pictures(const fs::path& file) {
  model::Diagnostics ignored;  // the reader reports them
  const std::optional<SourceText> source = load_source(file, file.string(), ignored);
  pugi::xml_document document;
  std::vector<std::string> pictures;
  // With escapes, so that src="a&amp;b.png" names the file the reader opens, a&b.png.
  if (!source || !document.load_buffer(source->text().data(), source->text().size(),
                                       pugi::parse_minimal | pugi::parse_escapes))
    return pictures;
  // Iterative, so that deeply nested input cannot exhaust the stack.
  const pugi::xml_node root = document.document_element();
  for (pugi::xml_node node = root; node;) {
    if (node.type() == pugi::node_element && std::string_view(node.name()) == "figure" &&
        node.attribute("src"))
      pictures.emplace_back(node.attribute("src").value());
    if (node.first_child()) {
      node = node.first_child();
      continue;
    }
    while (node && node != root && !node.next_sibling()) node = node.parent();
    node = node && node != root ? node.next_sibling() : pugi::xml_node();
  }
  return pictures;
}

std::optional<model::Clinic> load_clinic(const fs::path& content_dir, model::Diagnostics& out) {
  const fs::path path = content_dir / "clinic.xml";
  if (!fs::exists(path)) {
    out.push_back({display(path),
                   {},
                   "the content folder needs clinic.xml with the clinic's contact details"});
    return std::nullopt;
  }
  return read_clinic(path, display(path), out);
}

std::optional<model::Lexicon> load_lexicon(const fs::path& content_dir, model::Diagnostics& out) {
  const fs::path path = content_dir / "lexicon.pls";
  if (!fs::exists(path)) return model::Lexicon{};
  return read_lexicon(path, display(path), out);
}

std::optional<std::vector<model::Lexicon>> load_lexicons(const fs::path& content_dir,
                                                         model::Diagnostics& out) {
  std::vector<model::Lexicon> lexicons;
  bool ok = true;
  for (const fs::path& file : lexicon_files(content_dir)) {
    std::optional<model::Lexicon> lexicon = read_lexicon(file, display(file), out);
    if (!lexicon) {
      ok = false;
      continue;
    }
    if (const std::string problem = language_problem(*lexicon, file, lexicons); !problem.empty()) {
      out.push_back({lexicon->file, lexicon->lang.at, problem});
      ok = false;
      continue;
    }
    lexicons.push_back(std::move(*lexicon));
  }
  if (!ok) return std::nullopt;
  return lexicons;
}

}  // namespace handout::content
