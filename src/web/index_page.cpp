#include "web/index_page.h"

#include "lang/link_uri.h"
#include "lang/page_terms.h"
#include "lang/plan_words.h"
#include "web/html.h"
#include "xhtml/renderer.h"

namespace handout::web {

namespace {

// Each link names its handout too (unseen), so that a list of the page's links tells them
// apart.
std::string item_html(const IndexItem& item) {
  const std::string reading =
      item.reading.empty() ? "" : "<p class=\"reading\">" + text(item.reading) + "</p>\n";
  return "<li lang=\"" + attribute(item.lang.tag) + "\" id=\"" + attribute(index_anchor(item.id)) +
         "\"><h2>" + text(item.title) + "</h2>\n" + reading + "<ul class=\"files\">\n" +
         file_items_html(item.links, item.lang, item.title, Recordings::open) + "</ul></li>\n";
}

// The search field, shown by the script; what it says after each key, for every count of
// entries it may show, as ICU words them.
std::string search_html(std::size_t items, const model::LanguageTag& lang) {
  const lang::PageTerms words(lang);
  std::string found = "[";
  for (std::size_t n = 0; n <= items; ++n) found += (n ? ",\"" : "\"") + words.found(n) + "\"";
  return "<div class=\"find\" role=\"search\" hidden>\n<label>" + text(words.find()) +
         " <input type=\"search\" autocomplete=\"off\" spellcheck=\"false\"></label>\n"
         "<p class=\"found\" role=\"status\" data-found=\"" +
         attribute(found + "]") + "\"></p>\n</div>\n";
}

// The index's one script: filters the entries by title as the reader types, ignoring case and
// accents, and says how many are shown.
constexpr std::string_view search_script = R"js((function(){
var find=document.querySelector(".find");if(!find)return;var input=find.querySelector("input");
var status=find.querySelector(".found");var words=JSON.parse(status.getAttribute("data-found"));
var entries=[].slice.call(document.querySelectorAll(".handouts>li"));
function fold(s){return s.normalize("NFD").replace(/[\u0300-\u036f]/g,"").toLowerCase().replace(/\s+/g," ").trim();}
var titles=entries.map(function(li){return fold(li.querySelector("h2").textContent);});
function filter(){var q=fold(input.value),shown=0;entries.forEach(function(li,k){
var hit=titles[k].indexOf(q)>=0;li.hidden=!hit;if(hit)shown++;});
status.textContent=q?words[shown]:"";}
input.addEventListener("input",filter);find.hidden=false;
})();
)js";

}  // namespace

std::string index_anchor(std::string_view id) {
  return "handout-" + std::string(id);
}

std::string render_index(std::span<const IndexItem> items, const model::Clinic* clinic,
                         const model::LanguageTag& lang, const PageFonts& fonts) {
  const lang::Terms words(lang);
  std::string title(words.handouts());
  if (clinic) title = clinic->name.text + ": " + title;
  const std::string script = "\n" + std::string(search_script);
  std::string out = page_head(lang, title, style_sheet(fonts), {}, script) +
                    "<body>\n<main>\n<h1>" + text(title) + "</h1>\n" +
                    search_html(items.size(), lang) + "<ul class=\"handouts\">\n";
  // The links' words are in the handout's language, next to its title in that language.
  for (const IndexItem& item : items) out += item_html(item);
  out += "</ul>\n";
  if (clinic) {
    // The contact block as every handout shows it, in the index's language.
    const model::Contact contact{*clinic, {}, false};
    xhtml::Marks none;
    out +=
        xhtml::contact_html(model::contact_plan(contact, "contact", lang::plan_words(words), lang),
                            lang::link_countries(clinic->lang, clinic->lang), none);
  }
  return out + "</main>\n<script>" + script + "</script>\n</body>\n</html>\n";
}

}  // namespace handout::web
