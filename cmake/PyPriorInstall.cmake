# Installs the libraries and public headers with an exported CMake package, so
# other projects can find_package(pyprior) and link pyprior::generators.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(PYPRIOR_INSTALLED_LIBRARIES pyprior_prior pyprior_corpus pyprior_generators)

# The public umbrella headers (include/pyprior/*.hpp) are included as
# <pyprior/x.hpp>, so their parent folder is an include directory too.
target_include_directories(pyprior_generators PUBLIC
  $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
  $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
install(TARGETS ${PYPRIOR_INSTALLED_LIBRARIES} EXPORT pyprior-targets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
foreach(folder prior corpus generators)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/${folder}/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/pyprior/${folder}
    FILES_MATCHING PATTERN "*.hpp")
endforeach()
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/pyprior/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/pyprior OPTIONAL)
install(EXPORT pyprior-targets NAMESPACE pyprior:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/pyprior)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/pyprior-config.cmake.in
  ${PROJECT_BINARY_DIR}/pyprior-config.cmake INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/pyprior)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/pyprior-config-version.cmake COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/pyprior-config.cmake ${PROJECT_BINARY_DIR}/pyprior-config-version.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/pyprior)
