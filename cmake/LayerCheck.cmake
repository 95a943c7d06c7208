# core/ is the domain layer: it must never link widgets, charts or printing.
# This runs at configure time over the link interface of the core target, so a
# stray target_link_libraries(horisont_core ... Qt6::Widgets) fails the build.
get_target_property(_core_links horisont_core LINK_LIBRARIES)
foreach(_lib IN LISTS _core_links)
  if(_lib MATCHES "Widgets|Charts|PrintSupport")
    message(FATAL_ERROR "Layer violation: horisont_core links ${_lib}. "
                        "core/ may use only QtCore, QtGui (QUndoStack) and QtSql.")
  endif()
endforeach()
