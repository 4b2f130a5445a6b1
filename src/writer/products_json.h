#pragma once
// A format's products (Rendered::products) as the manifest keeps them, so that a later build
// whose format needs them reads them back instead of rendering the format that gave them again
// (the audio's synthesis is a build's largest cost). Values only: a product's file (the
// recording's MP3) is named, and the build fills it in from the output folder.
#include <nlohmann/json.hpp>
#include <span>
#include <vector>

#include "writer/products.h"

namespace handout::writer {

// The recording and the printed pages, typed; `other_files` is the build's, never kept.
nlohmann::json products_to_json(const Products& products);

// What products_to_json wrote, holding exactly the products `provided` names. Throws
// nlohmann::json::exception or std::invalid_argument when it is not (a field missing or of
// another type, a time that is no number, a product another format gives): a manifest is
// written by whoever can write the output folder. The files are named only (no bytes).
Products products_from_json(const nlohmann::json& json, std::span<const Product> provided);

// The files the products hold (the recording's MP3), for the build to fill in.
std::vector<OutputFile*> product_files(Products& products);

}  // namespace handout::writer
