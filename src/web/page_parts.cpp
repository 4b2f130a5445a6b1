#include "web/page_parts.h"

#include "model/reading_order.h"
#include "web/html.h"

namespace handout::web {

namespace {

class PartList {
 public:
  explicit PartList(const PartLinks& links) : links_(links) {}

  std::string html() {
    const std::vector<model::SpokenSentence>& contents = links_.plan.contents;
    const model::SpokenSentence& count = contents.front();
    std::string out = "<nav class=\"contents\" aria-labelledby=\"" + count.id +
                      "\">\n<p><span id=\"" + count.id + "\">" + text(count.text) +
                      "</span></p>\n<ol class=\"parts\">\n";
    for (const model::Block* part : model::listed_parts(links_.handout))
      out += entry(*part, spoken_name(*part));
    return out + "</ol>\n</nav>\n";
  }

 private:
  // The spoken sentence that names a top-level part, as its element, when the contents name it.
  std::string spoken_name(const model::Block& part) const {
    for (const model::SpokenSentence& sentence : links_.plan.contents)
      if (sentence.part == &part)
        return "<span id=\"" + sentence.id + "\">" + text(sentence.text) + "</span>";
    return "";
  }

  const PageChapter* chapter_of(const model::Block& part) const {
    std::string_view id = "contact";
    if (const auto* section = std::get_if<model::Section>(&part)) id = section->id;
    if (const auto* exercise = std::get_if<model::Exercise>(&part)) id = exercise->id;
    for (const PageChapter& chapter : links_.audio.chapters)
      if (chapter.id == id) return &chapter;
    return nullptr;
  }

  static const std::vector<model::Block>* blocks_of(const model::Block& part) {
    if (const auto* section = std::get_if<model::Section>(&part)) return &section->blocks;
    if (const auto* exercise = std::get_if<model::Exercise>(&part)) return &exercise->blocks;
    return nullptr;
  }

  static std::string plain_name(const model::Block& part, const PageChapter* chapter) {
    if (const auto* section = std::get_if<model::Section>(&part))
      return text(model::plain_text(section->heading));
    if (const auto* exercise = std::get_if<model::Exercise>(&part))
      return text(model::plain_text(exercise->name));
    return chapter ? text(chapter->title) : "";
  }

  // <li>: the name linked to the text, "Play" linked to the recording, the parts inside.
  std::string entry(const model::Block& part, const std::string& spoken) {
    const PageChapter* chapter = chapter_of(part);
    const std::string name = spoken.empty() ? plain_name(part, chapter) : spoken;
    std::string out =
        "<li><a href=\"#" + attribute(links_.text.anchor(part)) + "\">" + name + "</a>";
    if (chapter) {
      const std::string at = seconds_text(chapter->start_seconds);
      out += " <a class=\"play\" href=\"" + attribute(links_.audio.mp3) + "#t=" + at +
             "\" data-start=\"" + at + "\">" + text(links_.play) +
             "<span class=\"unseen\">: " + plain_name(part, chapter) + "</span></a>";
    }
    std::string inner;
    if (const std::vector<model::Block>* blocks = blocks_of(part))
      for (const model::Block& block : *blocks)
        if (blocks_of(block) || std::holds_alternative<model::Contact>(block))
          inner += entry(block, "");
    if (!inner.empty()) out += "\n<ol>\n" + inner + "</ol>\n";
    return out + "</li>\n";
  }

  const PartLinks& links_;
};

}  // namespace

std::string parts_html(const PartLinks& links) {
  return PartList(links).html();
}

}  // namespace handout::web
