# Desktop integration installed by CPack: the .desktop entry, AppStream metainfo and the SVG icon.
# Included from installer/cpack.cmake (before include(CPack)).
if(MESHSCOPE_WITH_QT)
  include(GNUInstallDirs)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/io.meshscope.Meshscope.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/io.meshscope.Meshscope.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/meshscope.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()
