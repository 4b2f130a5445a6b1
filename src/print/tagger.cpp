#include "print/tagger.h"

#include <string>

#include "print/pdf_objects.h"

namespace handout::print {

Tagger::Tagger(PdfDocument& document, std::span<const Node> nodes)
    : document_(document), nodes_(nodes), content_(nodes) {}

void Tagger::begin_content(HPDF_Page page, int page_index, int node) {
  const int mcid = content_.add_content(page_index, node);
  const std::string role(role_name(nodes_[static_cast<std::size_t>(node)].role));
  pdf::write_marked_content(page, "/" + role + " <</MCID " + std::to_string(mcid) + ">> BDC\n");
}

void Tagger::begin_artifact(HPDF_Page page, std::string_view properties) {
  pdf::write_marked_content(page, "/Artifact <<" + std::string(properties) + ">> BDC\n");
}

void Tagger::end(HPDF_Page page) {
  pdf::write_marked_content(page, "EMC\n");
}

void Tagger::add_annotation(HPDF_Annotation annotation, int page_index, int node) {
  content_.add_annotation(page_index, node);
  annotations_.push_back(annotation);
}

HPDF_Array Tagger::kids_array(int node, std::span<const HPDF_Dict> elements,
                              std::span<const HPDF_Page> pages) {
  HPDF_Doc doc = document_.get();
  HPDF_Array array = HPDF_Array_New(doc->mmgr);
  for (const Kid& kid : content_.kids(node)) {
    if (kid.kind == Kid::Kind::element) {
      HPDF_Array_Add(array, elements[static_cast<std::size_t>(kid.value)]);
      continue;
    }
    HPDF_Dict reference = HPDF_Dict_New(doc->mmgr);
    HPDF_Array_Add(array, reference);
    HPDF_Dict_Add(reference, "Pg", pages[static_cast<std::size_t>(kid.page)]);
    if (kid.kind == Kid::Kind::content) {
      HPDF_Dict_AddName(reference, "Type", "MCR");
      HPDF_Dict_AddNumber(reference, "MCID", kid.value);
    } else {
      HPDF_Dict_AddName(reference, "Type", "OBJR");
      HPDF_Dict_Add(reference, "Obj", annotations_[static_cast<std::size_t>(kid.value)]);
    }
  }
  return array;
}

void Tagger::write_parent_tree(HPDF_Dict root, std::span<const HPDF_Dict> elements,
                               std::span<const HPDF_Page> pages) {
  HPDF_Doc doc = document_.get();
  HPDF_Dict tree = pdf::new_object(doc);
  HPDF_Array nums = HPDF_Array_New(doc->mmgr);
  HPDF_Dict_Add(tree, "Nums", nums);
  const auto& page_content = content_.page_content();
  for (std::size_t i = 0; i < pages.size(); ++i) {
    HPDF_Dict_AddNumber(pages[i], "StructParents", static_cast<HPDF_INT32>(i));
    HPDF_Array owners = HPDF_Array_New(doc->mmgr);
    HPDF_Array_AddNumber(nums, static_cast<HPDF_INT32>(i));
    HPDF_Array_Add(nums, owners);
    if (i < page_content.size())
      for (const int node : page_content[i])
        HPDF_Array_Add(owners, elements[static_cast<std::size_t>(node)]);
  }
  const auto& owners = content_.annotation_owners();
  for (std::size_t a = 0; a < owners.size(); ++a) {
    const auto key = static_cast<HPDF_INT32>(pages.size() + a);
    HPDF_Dict_AddNumber(annotations_[a], "StructParent", key);
    HPDF_Array_AddNumber(nums, key);
    HPDF_Array_Add(nums, elements[static_cast<std::size_t>(owners[a])]);
  }
  HPDF_Dict_Add(root, "ParentTree", tree);
  HPDF_Dict_AddNumber(root, "ParentTreeNextKey",
                      static_cast<HPDF_INT32>(pages.size() + owners.size()));
}

// /A << /O /Layout /BBox [...] >>: where a figure is, for reflow and for tools that show it.
void Tagger::add_bbox(HPDF_Dict element, const std::array<double, 4>& bbox) {
  HPDF_Doc doc = document_.get();
  HPDF_Dict attributes = HPDF_Dict_New(doc->mmgr);
  HPDF_Dict_AddName(attributes, "O", "Layout");
  HPDF_Array rect = HPDF_Array_New(doc->mmgr);
  for (const double value : bbox) HPDF_Array_AddReal(rect, static_cast<HPDF_REAL>(value));
  HPDF_Dict_Add(attributes, "BBox", rect);
  HPDF_Dict_Add(element, "A", attributes);
}

// /A << /O /Table /Scope /Column >>: the cells a header cell names.
void Tagger::add_scope(HPDF_Dict element, Scope scope) {
  HPDF_Dict attributes = HPDF_Dict_New(document_.get()->mmgr);
  HPDF_Dict_AddName(attributes, "O", "Table");
  HPDF_Dict_AddName(attributes, "Scope", scope == Scope::column ? "Column" : "Row");
  HPDF_Dict_Add(element, "A", attributes);
}

void Tagger::finish(std::span<const HPDF_Page> pages) {
  HPDF_Doc doc = document_.get();
  HPDF_Dict root = pdf::new_object(doc);
  HPDF_Dict_AddName(root, "Type", "StructTreeRoot");
  std::vector<HPDF_Dict> elements(nodes_.size(), nullptr);
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    if (!content_.attached(static_cast<int>(i))) continue;
    elements[i] = pdf::new_object(doc);
    HPDF_Dict_AddName(elements[i], "Type", "StructElem");
    HPDF_Dict_AddName(elements[i], "S", std::string(role_name(nodes_[i].role)).c_str());
  }
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    if (!elements[i]) continue;
    const int parent = nodes_[i].parent;
    HPDF_Dict_Add(elements[i], "P", parent < 0 ? root : elements[static_cast<std::size_t>(parent)]);
    HPDF_Dict_Add(elements[i], "K", kids_array(static_cast<int>(i), elements, pages));
    if (nodes_[i].link) pdf::add_text(doc, elements[i], "Alt", nodes_[i].link->contents);
    if (nodes_[i].alt) pdf::add_text(doc, elements[i], "Alt", *nodes_[i].alt);
    if (nodes_[i].actual_text)
      pdf::add_text(doc, elements[i], "ActualText", *nodes_[i].actual_text);
    if (nodes_[i].scope) add_scope(elements[i], *nodes_[i].scope);
    if (nodes_[i].lang) pdf::add_text(doc, elements[i], "Lang", *nodes_[i].lang);
    if (const auto found = bboxes_.find(static_cast<int>(i)); found != bboxes_.end())
      add_bbox(elements[i], found->second);
  }
  HPDF_Dict_Add(root, "K", elements[0]);
  write_parent_tree(root, elements, pages);
  HPDF_Dict_Add(pdf::catalog(doc), "StructTreeRoot", root);
  HPDF_Dict mark_info = HPDF_Dict_New(doc->mmgr);
  HPDF_Dict_Add(pdf::catalog(doc), "MarkInfo", mark_info);
  HPDF_Dict_AddBoolean(mark_info, "Marked", HPDF_TRUE);
  document_.check("writing the structure tree");
}

}  // namespace handout::print
