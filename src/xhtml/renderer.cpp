#include "xhtml/renderer.h"

#include <algorithm>
#include <type_traits>

#include "lang/link_uri.h"
#include "lang/sentences.h"
#include "lang/xml_escape.h"

namespace handout::xhtml {

namespace {

std::string escaped(std::string_view plain) {
  return lang::escape_xml_text(plain);
}

std::string attribute(std::string_view plain) {
  return lang::escape_xml_attribute(plain);
}

// ` lang="…" xml:lang="…"`, or nothing for the page's own language.
std::string language_attributes(const model::LanguageTag& lang) {
  if (lang.empty()) return "";
  const std::string value = attribute(lang.tag);
  return " lang=\"" + value + "\" xml:lang=\"" + value + "\"";
}

// A stretch in another language than the page's: `lang` for HTML, and `xml:lang` with the
// same value, which XHTML (the EPUB, the DAISY book) reads and HTML allows beside it.
std::string in_language(const model::LanguageTag& lang, std::string content) {
  if (lang.empty()) return content;
  return "<span" + language_attributes(lang) + ">" + content + "</span>";
}

bool is_link(model::RunKind kind) {
  return kind == model::RunKind::phone || kind == model::RunKind::email ||
         kind == model::RunKind::web;
}

// A link to the address checked by the reader; the content alone when there is none.
std::string link(model::RunKind kind, std::string_view text, std::string content,
                 std::span<const std::string> countries) {
  const std::string uri = lang::link_uri(kind, text, countries);
  if (uri.empty()) return content;
  return "<a href=\"" + attribute(uri) + "\">" + content + "</a>";
}

// `attributes` after the id, such as a class.
std::string span(const std::string& id, std::string_view content,
                 std::string_view attributes = "") {
  return "<span id=\"" + id + "\"" + std::string(attributes) + ">" + std::string(content) +
         "</span>";
}

// The class of a note's kind: "note-emergency".
std::string_view note_kind_name(model::NoteKind kind) {
  switch (kind) {
    case model::NoteKind::emergency:
      return "emergency";
    case model::NoteKind::warning:
      return "warning";
    case model::NoteKind::tip:
      return "tip";
    case model::NoteKind::important:
      break;
  }
  return "important";
}

}  // namespace

std::vector<Marks::At> Marks::in(std::string_view, std::size_t, std::size_t) {
  return {};
}

std::string Marks::before(std::string_view) {
  return {};
}

void Marks::shown(std::string_view) {}

namespace {

// A line as print shows it: names and phone numbers bold; phone numbers, e-mail and web
// addresses as links.
std::string contact_line(const model::ContactLine& line, std::span<const std::string> countries) {
  std::string content = escaped(line.field.text);
  if (is_link(line.kind()))
    content = link(line.kind(), line.field.text, std::move(content), countries);
  if (line.strong()) content = "<strong>" + content + "</strong>";
  return "<p class=\"line\"" + language_attributes(line.lang) + ">" + content + "</p>\n";
}

// The heading says the recording's first sentence of the block with the clinic's details;
// each office is the next sentence.
}  // namespace

std::string open(Markup markup, const Group& group) {
  const std::string id = group.id.empty() ? "" : " id=\"" + group.id + "\"";
  if (markup == Markup::xhtml1)
    return "<div class=\"" + std::string(group.cls.empty() ? group.tag : group.cls) + "\"" + id +
           ">";
  const std::string cls = group.cls.empty() ? "" : " class=\"" + std::string(group.cls) + "\"";
  return "<" + std::string(group.tag) + cls + id + group.extra + ">";
}

std::string close(Markup markup, std::string_view tag) {
  return markup == Markup::xhtml1 ? "</div>" : "</" + std::string(tag) + ">";
}

std::string contact_html(const model::ContactPlan& contact, std::span<const std::string> countries,
                         Marks& marks, Markup markup) {
  std::string out = open(markup, {"section", "contact", contact.unit,
                                  " aria-labelledby=\"" + contact.unit + "-heading\""}) +
                    "\n";
  for (const model::ContactGroup& group : contact.groups) {
    out += marks.before(group.sentence);
    marks.shown(group.sentence);
    std::string lines;
    for (const model::ContactLine& line : group.lines) lines += contact_line(line, countries);
    if (group.office < 0) {
      out += "<div id=\"" + group.sentence + "\">\n<h2 id=\"" + contact.unit + "-heading\">" +
             escaped(contact.title) + "</h2>\n<address>\n" + lines + "</address>\n</div>\n";
    } else {
      out += "<address id=\"" + group.sentence + "\">\n" + lines + "</address>\n";
    }
  }
  return out + close(markup, "section") + "\n";
}

Renderer::Renderer(const model::Handout& handout, const model::Plan& plan, Marks& marks,
                   Markup markup, const PictureFiles* pictures, Boxes boxes,
                   std::optional<std::string> own_address)
    : handout_(handout),
      plan_(plan),
      units_(handout),
      countries_(lang::link_countries(handout.lang.tag, model::clinic_of(handout)
                                                            ? model::clinic_of(handout)->lang
                                                            : std::string())),
      own_pictures_(pictures ? PictureFiles() : PictureFiles(handout)),
      pictures_(pictures ? *pictures : own_pictures_),
      marks_(marks),
      markup_(markup),
      boxes_(markup == Markup::html5 ? boxes : Boxes::text),
      own_address_(std::move(own_address)) {}

std::string Renderer::linked(model::RunKind kind, std::string_view text,
                             std::string content) const {
  if (own_address_ && lang::link_uri(kind, text, countries_) == *own_address_) return content;
  return link(kind, text, std::move(content), countries_);
}

std::string Renderer::title() {
  return unit(handout_.title, "h1");
}

std::string Renderer::subtitle() {
  return handout_.subtitle ? unit(*handout_.subtitle, "p", " class=\"subtitle\"") : "";
}

std::string Renderer::byline() {
  if (!plan_.byline) return "";
  const std::string& id = plan_.byline->unit;
  const std::string sentence = model::sentence_id(id, 1);
  marks_.shown(sentence);
  return before_unit(id) + "<p class=\"byline\" id=\"" + id + "\">" +
         span(sentence, escaped(plan_.byline->text())) + "</p>\n";
}

std::string Renderer::contents(const std::function<std::string(const model::Block&)>& href) {
  const model::SpokenSentence& count = plan_.contents.front();
  marks_.shown(count.id);
  if (!plan_.contents_listed())
    return "<p class=\"contents\">" + span(count.id, escaped(count.text)) + "</p>\n";
  std::string out =
      open(markup_, {"nav", "contents", "", " aria-labelledby=\"" + count.id + "\""}) + "\n<p>" +
      span(count.id, escaped(count.text)) + "</p>\n<ol>\n";
  for (std::size_t k = 1; k < plan_.contents.size(); ++k) {
    const model::SpokenSentence& part = plan_.contents[k];
    marks_.shown(part.id);
    out += "<li><a href=\"" + attribute(href(*part.part)) + "\">" +
           span(part.id, escaped(part.text)) + "</a></li>\n";
  }
  return out + "</ol>\n" + close(markup_, "nav") + "\n";
}

std::string Renderer::anchor(const model::Block& part) const {
  if (const auto* section = std::get_if<model::Section>(&part))
    return units_.of(section->heading).id;
  if (const auto* exercise = std::get_if<model::Exercise>(&part))
    return units_.of(exercise->name).id;
  return plan_.contact.unit;
}

std::string Renderer::block(const model::Block& block) {
  return std::visit(
      [this](const auto& b) -> std::string {
        using T = std::decay_t<decltype(b)>;
        if constexpr (std::is_same_v<T, model::Paragraph>) return paragraph(b);
        if constexpr (std::is_same_v<T, model::List>) return items(b.items, false);
        if constexpr (std::is_same_v<T, model::Steps>) return items(b.items, true);
        if constexpr (std::is_same_v<T, model::Note>) return note(b);
        if constexpr (std::is_same_v<T, model::Contact>)
          return contact_html(plan_.contact, countries_, marks_, markup_);
        if constexpr (std::is_same_v<T, model::Section>) return section(b);
        if constexpr (std::is_same_v<T, model::Figure>) return figure(b);
        if constexpr (std::is_same_v<T, model::Exercise>) return exercise(b);
        if constexpr (std::is_same_v<T, model::Dose>) return dose(b);
        if constexpr (std::is_same_v<T, model::Table>) return table(b);
        if constexpr (std::is_same_v<T, model::Checklist>) return checklist(b);
        return std::string();
      },
      block);
}

std::string Renderer::closing() {
  std::string out = open(markup_, {"footer", "closing", "", ""}) + "\n<p>";
  for (const model::SpokenSentence& sentence : plan_.closing) {
    // A printed page may start with the closing's date or its line of other formats.
    out += marks_.before(sentence.id);
    marks_.shown(sentence.id);
    const bool first = &sentence == &plan_.closing.front();
    // The revision date, which a printed page keeps when it leaves out the recording's words.
    const std::string_view revised = first && plan_.revised ? " class=\"revised\"" : "";
    // Where the other formats are: shown with the date wherever the recording's words are
    // not, its address a link.
    const bool available = plan_.available && sentence.id == plan_.available->sentence;
    out += (first ? "" : " ") +
           (available ? span(sentence.id, inlines(*plan_.available->runs), " class=\"available\"")
                      : span(sentence.id, escaped(sentence.text), revised));
  }
  return out + "</p>\n" + close(markup_, "footer") + "\n";
}

// `<tag id="u7" attributes>lead` and the unit's sentences. A mark at the unit's first
// character goes before the element, except in a list item, where only an <li> may be.
std::string Renderer::unit(const model::Inlines& text, std::string_view tag,
                           std::string_view attributes, std::string_view lead) {
  const model::Unit& unit = units_.of(text);
  const std::string before = tag == "li" ? "" : before_unit(unit.id);
  return before + "<" + std::string(tag) + " id=\"" + unit.id + "\"" + std::string(attributes) +
         ">" + std::string(lead) + sentences(unit) + "</" + std::string(tag) + ">\n";
}

std::string Renderer::before_unit(const std::string& unit) {
  std::string out;
  for (const Marks::At& mark : marks_.in(unit, 0, 1)) out += mark.markup;
  return out;
}

std::string Renderer::sentences(const model::Unit& unit, bool links, std::string_view attributes) {
  std::string out;
  std::size_t offset = 0;
  for (const lang::Sentence& sentence : lang::split_sentences(*unit.text, handout_.lang, unit.id)) {
    std::string content;
    for (const model::Run& run : sentence.runs) {
      std::string shown = text(run.text, offset, unit.id);
      if (links && is_link(run.kind)) shown = linked(run.kind, run.address(), std::move(shown));
      content += in_language(run.lang, run.emphasis ? "<em>" + shown + "</em>" : shown);
      offset += run.text.size();
    }
    marks_.shown(sentence.id);
    out += span(sentence.id, content, attributes);
  }
  return out;
}

// `value` starts at byte `offset` of the unit's printed text; a mark inside it goes before
// the word it starts.
std::string Renderer::text(std::string_view value, std::size_t offset, const std::string& unit) {
  std::string out;
  std::size_t done = 0;
  for (const Marks::At& mark : marks_.in(unit, offset, offset + value.size())) {
    const std::size_t cut = mark.offset - offset;
    out += escaped(value.substr(done, cut - done)) + mark.markup;
    done = cut;
  }
  return out + escaped(value.substr(done));
}

std::string Renderer::paragraph(const model::Paragraph& p) {
  return unit(p.content, "p");
}

std::string Renderer::items(const std::vector<model::Item>& items, bool numbered) {
  std::string out = numbered ? "<ol class=\"steps\">\n" : "<ul>\n";
  for (const model::Item& item : items) out += unit(item.content, "li");
  return out + (numbered ? "</ol>\n" : "</ul>\n");
}

// Labelled as the recording announces it ("Emergency"), the label visible text and the note's
// name; a note, not a landmark. A note of blocks' label is its unit, one sentence.
std::string Renderer::note(const model::Note& note) {
  const model::Unit& unit = units_.of(note);
  const std::string& label = plan_.note_label(note.kind);
  const std::string kind = "note note-" + std::string(note_kind_name(note.kind));
  std::string out =
      before_unit(unit.id) +
      open(markup_, {"aside", kind, "", " role=\"note\" aria-label=\"" + attribute(label) + "\""}) +
      "\n";
  if (note.blocks.empty()) {
    out += "<p class=\"note-label\"><strong>" + escaped(label) + "</strong></p>\n" +
           this->unit(note.content, "p");
  } else {
    const std::string sentence = model::sentence_id(unit.id, 1);
    marks_.shown(sentence);
    out += "<p class=\"note-label\" id=\"" + unit.id + "\">" +
           span(sentence, "<strong>" + escaped(label) + "</strong>") + "</p>\n";
    for (const model::Block& b : note.blocks) out += block(b);
  }
  return out + close(markup_, "aside") + "\n";
}

std::string Renderer::section(const model::Section& section) {
  return headed("", section.id, section.depth, section.heading, section.blocks);
}

std::string Renderer::exercise(const model::Exercise& exercise) {
  return headed("exercise", exercise.id, exercise.depth, exercise.name, exercise.blocks);
}

std::string Renderer::headed(std::string_view cls, const std::string& id, int depth,
                             const model::Inlines& heading,
                             const std::vector<model::Block>& blocks) {
  const std::string level = std::to_string(std::clamp(depth + 1, 2, 6));
  std::string out = open(markup_, {"section", cls, attribute(id),
                                   " aria-labelledby=\"" + units_.of(heading).id + "\""}) +
                    "\n" + unit(heading, "h" + level);
  for (const model::Block& b : blocks) out += block(b);
  return out + close(markup_, "section") + "\n";
}

// The printed line, its label ("Dose:") bold: the one sentence the recording says of it.
std::string Renderer::dose(const model::Dose& dose) {
  const model::DoseWords& words = plan_.dose(dose);
  const std::string sentence = model::sentence_id(words.unit, 1);
  const std::string& line = words.printed;
  const std::size_t colon = line.find(':');
  const std::size_t label = colon < line.find(' ') ? colon + 1 : 0;
  std::string content = text(std::string_view(line).substr(0, label), 0, words.unit);
  if (label > 0) content = "<strong>" + content + "</strong>";
  content += text(std::string_view(line).substr(label), label, words.unit);
  const std::string before = before_unit(words.unit);
  marks_.shown(sentence);
  return before + "<p class=\"dose\" id=\"" + words.unit + "\">" + span(sentence, content) +
         "</p>\n";
}

// The picture and its caption. The description's sentences are said ("Picture: …"), so they
// have their spans: in HTML5 out of sight and out of the accessibility tree, which has the alt
// text, each before the picture, so that a style sheet highlights the picture while one is
// spoken (`.description.speaking ~ img`: a reading system's CSS may know no :has()); in
// XHTML 1.0 a paragraph, as a talking book's reader shows the text of what is said.
std::string Renderer::figure(const model::Figure& figure) {
  const model::Unit& description = units_.of(figure.description);
  std::string out = before_unit(description.id);
  if (markup_ == Markup::html5) {
    out += "<figure class=\"figure\" id=\"" + description.id + "\">\n" +
           sentences(description, false, " class=\"description\" aria-hidden=\"true\"") + "\n" +
           picture(figure);
    if (figure.caption) out += unit(*figure.caption, "figcaption");
    return out + "</figure>\n";
  }
  out += "<div class=\"figure\" id=\"" + description.id + "\">\n" + picture(figure) +
         "<p class=\"description\"><strong>" + escaped(plan_.picture) + ":</strong> " +
         sentences(description) + "</p>\n";
  if (figure.caption) out += unit(*figure.caption, "p", " class=\"caption\"");
  return out + "</div>\n";
}

std::string Renderer::picture(const model::Figure& figure) {
  const PictureFile& file = pictures_.of(figure.picture);
  return "<img src=\"" + attribute(file.name) + "\" alt=\"" +
         attribute(model::plain_text(figure.description)) + "\" width=\"" +
         std::to_string(file.width) + "\" height=\"" + std::to_string(file.height) + "\"/>\n";
}

std::string Renderer::inlines(const model::Inlines& content) {
  std::string out;
  for (const model::Run& run : content) {
    std::string shown = escaped(run.text);
    if (is_link(run.kind)) shown = linked(run.kind, run.address(), std::move(shown));
    out += in_language(run.lang, run.emphasis ? "<em>" + shown + "</em>" : shown);
  }
  return out;
}

// The caption (its sentences as any text unit's), the header row (the introduction's
// sentence), then a row per sentence.
std::string Renderer::table(const model::Table& table) {
  const model::TableWords& words = plan_.table(table);
  std::string out = "<table class=\"table\" id=\"" + words.unit + "\">\n";
  if (table.caption) {
    // A mark at its first character goes inside: nothing may stand before a <caption>.
    const model::Unit& caption = units_.of(*table.caption);
    out += "<caption id=\"" + caption.id + "\">" + sentences(caption) + "</caption>\n";
  }
  out += "<thead>\n" +
         row(table.header, table.header, "th scope=\"col\"", "th scope=\"col\"", words.unit,
             model::sentence_id(words.unit, 1)) +
         "</thead>\n<tbody>\n";
  for (std::size_t k = 0; k < table.rows.size(); ++k)
    out += row(table.rows[k], table.header, "th scope=\"row\"", "td", words.rows.at(k),
               model::sentence_id(words.rows.at(k), 1));
  return out + "</tbody>\n</table>\n";
}

std::string Renderer::row(const model::Row& row, const model::Row& header, std::string_view first,
                          std::string_view others, const std::string& unit,
                          const std::string& sentence) {
  std::string marks = marks_.before(sentence);
  for (const Marks::At& mark : marks_.in(unit, 0, std::string::npos)) marks += mark.markup;
  marks_.shown(sentence);
  std::string out = "<tr id=\"" + sentence + "\">";
  for (std::size_t k = 0; k < row.cells.size(); ++k) {
    const std::string_view tag = k == 0 ? first : others;
    std::string open(tag);
    // The column's name, for a style sheet that shows each row as a block of labelled values.
    if (tag == "td" && markup_ == Markup::html5 && k < header.cells.size())
      open += " data-label=\"" + attribute(model::plain_text(header.cells[k].content)) + "\"";
    out += "<" + open + ">" + (k == 0 ? marks : "") + inlines(row.cells[k].content) + "</" +
           std::string(tag.substr(0, 2)) + ">";
  }
  return out + "</tr>\n";
}

// The list is the introduction's sentence, said and not printed: highlighted while it is
// spoken, as a table's header row is.
std::string Renderer::checklist(const model::Checklist& list) {
  const model::ChecklistWords& words = plan_.checklist(list);
  const std::string intro = model::sentence_id(words.unit, 1);
  std::string out = before_unit(words.unit);
  out += marks_.before(intro);
  marks_.shown(intro);
  out += "<ul class=\"checklist\" id=\"" + intro + "\"";
  // What the page's script keeps a patient's ticks under (with each box's id).
  if (boxes_ == Boxes::controls) out += " data-handout=\"" + attribute(handout_.id) + "\"";
  out += ">\n";
  for (const model::Check& item : list.items) out += check(item);
  return out + "</ul>\n";
}

// A real check box labelled by the item (the label is the item's element), or the box
// character with its state in words.
std::string Renderer::check(const model::Check& item) {
  const std::string& state = plan_.check_state(item.checked);
  if (boxes_ == Boxes::controls) {
    const model::Unit& unit = units_.of(item.content);
    const std::string box = unit.id + "-box";
    return "<li class=\"check\"><input type=\"checkbox\" id=\"" + box + "\"" +
           (item.checked ? " checked=\"checked\"" : "") + "/><label for=\"" + box + "\" id=\"" +
           unit.id + "\">" + sentences(unit) + "</label></li>\n";
  }
  const std::string mark = item.checked ? "\u2611" : "\u2610";
  const std::string equivalent = markup_ == Markup::html5
                                     ? " role=\"img\" aria-label=\"" + attribute(state) + "\""
                                     : " title=\"" + attribute(state) + "\"";
  return unit(item.content, "li", " class=\"check\"",
              "<span class=\"box\"" + equivalent + ">" + mark + "</span> ");
}

}  // namespace handout::xhtml
