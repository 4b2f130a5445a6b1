# `cmake --install` and the Debian package (cpack -G DEB). The program finds its fonts relative to
# its own location (src/cli/fonts_location.h), so the installed tree works wherever it is put.
include(GNUInstallDirs)
install(TARGETS handout RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY fonts/ DESTINATION ${CMAKE_INSTALL_DATADIR}/handout/fonts)
install(DIRECTORY plain-words/ DESTINATION ${CMAKE_INSTALL_DATADIR}/handout/plain-words)
install(DIRECTORY clinical-lexicon/ DESTINATION ${CMAKE_INSTALL_DATADIR}/handout/clinical-lexicon)
install(DIRECTORY docs/schema/ DESTINATION ${CMAKE_INSTALL_DATADIR}/handout/schema)
install(FILES README.md docs/content-format.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY content/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples/content)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME handout)
set(CPACK_PACKAGE_VENDOR "handout")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "large-print tagged PDF and spoken MP3 patient handouts from XML")
set(CPACK_PACKAGE_DESCRIPTION
    "handout turns patient-education handouts written as structured XML into a large-print,\n\
tagged (PDF/UA) PDF and a spoken MP3 made with eSpeak NG.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # handout_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "handout maintainers <handout@localhost>")
set(CPACK_DEBIAN_PACKAGE_SECTION text)
# dpkg-shlibdeps (dpkg-dev) declares the shared libraries the program links; the voices and the
# braille tables are data, and libvips is opened when the first picture is read
# (src/image/vips_library.h), so dpkg-shlibdeps cannot see it.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "espeak-ng-data, liblouis-data, libvips42, hunspell-en-us, hunspell-en-gb, hunspell-es")
include(CPack)
