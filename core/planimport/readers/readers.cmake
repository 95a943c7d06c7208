# Readers of other planners' files, one file each (see planreader.h).
# (Included from core/planimport/CMakeLists.txt: paths are relative to core/planimport.)
target_sources(horisont_core PRIVATE
    readers/boundedxml.cpp readers/boundedxml.h
    readers/readercommon.cpp readers/readercommon.h
    readers/msprojectreader.cpp readers/msprojectreader.h
    readers/ganttprojectreader.cpp readers/ganttprojectreader.h
)
