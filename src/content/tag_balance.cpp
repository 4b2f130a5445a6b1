#include "content/tag_balance.h"

#include <algorithm>
#include <string>
#include <vector>

namespace handout::content {

namespace {

struct OpenTag {
  std::string name;
  std::size_t offset = 0;
};

bool is_tag_name_char(char c) {
  return c != '>' && c != '/' && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '<';
}

class TagScanner {
 public:
  explicit TagScanner(const SourceText& source) : source_(source), text_(source.text()) {}

  std::optional<model::Diagnostic> run() {
    for (std::size_t i = text_.find('<'); i != std::string_view::npos; i = text_.find('<', i)) {
      const std::optional<std::size_t> next = step(i);
      if (problem_) return problem_;
      if (!next) return std::nullopt;
      i = *next;
    }
    if (stack_.empty()) return std::nullopt;
    return never_closed(stack_.back());
  }

 private:
  // Reads the markup at `i`; the offset after it, or nothing when the text ends inside it.
  std::optional<std::size_t> step(std::size_t i) {
    const std::string_view rest = text_.substr(i);
    if (rest.starts_with("<!--")) return skip_to(i + 4, "-->");
    if (rest.starts_with("<![CDATA[")) return skip_to(i + 9, "]]>");
    if (rest.starts_with("<?")) return skip_to(i + 2, "?>");
    if (rest.starts_with("<!")) return skip_to(i + 2, ">");
    if (rest.starts_with("</")) return closing(i);
    return opening(i);
  }

  std::optional<std::size_t> skip_to(std::size_t from, std::string_view end) const {
    const std::size_t at = text_.find(end, from);
    if (at == std::string_view::npos) return std::nullopt;
    return at + end.size();
  }

  std::string name_at(std::size_t from) const {
    std::size_t end = from;
    while (end < text_.size() && is_tag_name_char(text_[end])) ++end;
    return std::string(text_.substr(from, end - from));
  }

  std::optional<std::size_t> opening(std::size_t i) {
    std::string name = name_at(i + 1);
    char quote = 0;
    for (std::size_t j = i + 1 + name.size(); j < text_.size(); ++j) {
      const char c = text_[j];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        if (text_[j - 1] != '/') stack_.push_back({std::move(name), i});
        return j + 1;
      }
    }
    return std::nullopt;
  }

  std::optional<std::size_t> closing(std::size_t i) {
    const std::string name = name_at(i + 2);
    const std::size_t end = text_.find('>', i);
    if (stack_.empty()) {
      problem_ = source_.error_at(i, "</" + name + "> closes nothing; delete it");
    } else if (stack_.back().name == name) {
      stack_.pop_back();
    } else if (std::ranges::find(stack_, name, &OpenTag::name) != stack_.end()) {
      problem_ = never_closed(stack_.back());
    } else {
      problem_ = source_.error_at(i, "</" + name + "> does not match <" + stack_.back().name +
                                         "> opened at line " + line_of(stack_.back()) +
                                         "; write </" + stack_.back().name + ">");
    }
    if (end == std::string_view::npos) return std::nullopt;
    return end + 1;
  }

  std::string line_of(const OpenTag& tag) const {
    return std::to_string(source_.locate(tag.offset).line);
  }

  model::Diagnostic never_closed(const OpenTag& tag) const {
    return source_.error_at(tag.offset, "<" + tag.name + "> opened at line " + line_of(tag) +
                                            " is never closed; add </" + tag.name +
                                            "> where it ends");
  }

  const SourceText& source_;
  std::string_view text_;
  std::vector<OpenTag> stack_;
  std::optional<model::Diagnostic> problem_;
};

}  // namespace

std::optional<model::Diagnostic> explain_unbalanced_tags(const SourceText& source) {
  return TagScanner(source).run();
}

}  // namespace handout::content
