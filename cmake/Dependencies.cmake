# Every library the build uses, found here and nowhere else. Each is a Debian 12 package listed in
# scripts/packages.txt; a missing one stops the configuration with the package to install.
find_package(PkgConfig REQUIRED)
find_package(pugixml REQUIRED)
find_package(CLI11 REQUIRED)
find_package(nlohmann_json REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n data)
pkg_check_modules(ESPEAK_NG REQUIRED IMPORTED_TARGET espeak-ng)
pkg_check_modules(MP3LAME REQUIRED IMPORTED_TARGET lame)
# Resampling eSpeak NG's 22.05 kHz to the MP3's 24 kHz (libsoxr-dev).
pkg_check_modules(SOXR REQUIRED IMPORTED_TARGET soxr)
# The recording's loudness (ITU-R BS.1770), measured to level it (libebur128-dev).
pkg_check_modules(EBUR128 REQUIRED IMPORTED_TARGET libebur128)
pkg_check_modules(TAGLIB REQUIRED IMPORTED_TARGET taglib)
# `check`: whether a word eSpeak NG is left to say is a plain word of the handout's language
# (Hunspell and its dictionaries, hunspell-en-us, hunspell-en-gb, hunspell-es).
pkg_check_modules(HUNSPELL REQUIRED IMPORTED_TARGET hunspell)
pkg_check_modules(XXHASH REQUIRED IMPORTED_TARGET libxxhash)
pkg_check_modules(NETTLE REQUIRED IMPORTED_TARGET nettle)
# Braille: liblouis and its tables (liblouis-dev, liblouis-data).
pkg_check_modules(LIBLOUIS REQUIRED IMPORTED_TARGET liblouis)
pkg_get_variable(LIBLOUIS_TABLES_DIR liblouis tablesdir)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
pkg_check_modules(MINIZIP REQUIRED IMPORTED_TARGET minizip)
# Pictures (libvips-dev): decoded, turned upright and shrunk by libvips. src/image compiles with
# its headers and loads the library when the first picture is read (image/vips_library.h); the
# tests link it to make their pictures.
pkg_check_modules(VIPS REQUIRED IMPORTED_TARGET vips)

# libharu ships neither a CMake config nor a pkg-config file.
find_path(HPDF_INCLUDE_DIR hpdf.h)
find_library(HPDF_LIBRARY hpdf)
if(NOT HPDF_INCLUDE_DIR OR NOT HPDF_LIBRARY)
  message(FATAL_ERROR "libharu (hpdf.h and libhpdf) not found: install the Debian package "
                      "libhpdf-dev, or set HPDF_INCLUDE_DIR and HPDF_LIBRARY")
endif()
add_library(Hpdf::hpdf UNKNOWN IMPORTED)
set_target_properties(Hpdf::hpdf PROPERTIES
  IMPORTED_LOCATION "${HPDF_LIBRARY}"
  INTERFACE_INCLUDE_DIRECTORIES "${HPDF_INCLUDE_DIR}")

# libphonenumber (libphonenumber-dev) finds phone numbers in text; Debian 12 ships neither a CMake
# config nor a pkg-config file. Its shared library brings its own ICU, protobuf and Abseil; its
# headers include protobuf's and Abseil's (libprotobuf-dev, libabsl-dev: dependencies of the package).
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumbermatcher.h)
find_library(PHONENUMBER_LIBRARY phonenumber)
if(NOT PHONENUMBER_INCLUDE_DIR OR NOT PHONENUMBER_LIBRARY)
  message(FATAL_ERROR "libphonenumber (phonenumbers/phonenumbermatcher.h and libphonenumber) not "
                      "found: install the Debian package libphonenumber-dev, or set "
                      "PHONENUMBER_INCLUDE_DIR and PHONENUMBER_LIBRARY")
endif()
add_library(PhoneNumber::phonenumber UNKNOWN IMPORTED)
set_target_properties(PhoneNumber::phonenumber PROPERTIES
  IMPORTED_LOCATION "${PHONENUMBER_LIBRARY}"
  INTERFACE_INCLUDE_DIRECTORIES "${PHONENUMBER_INCLUDE_DIR}")

# Only the tests need doctest: a build with -DBUILD_TESTING=OFF does not look for it.
if(BUILD_TESTING)
  find_package(doctest REQUIRED)
endif()
