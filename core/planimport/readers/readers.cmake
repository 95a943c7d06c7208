# Readers of other planners' files, one file each (see planreader.h).
# (Included from core/planimport/CMakeLists.txt: paths are relative to core/planimport.)
target_sources(horisont_core PRIVATE
    readers/xmlguard.cpp readers/xmlguard.h
    readers/foreigndates.cpp readers/foreigndates.h
    readers/foreignamount.cpp readers/foreignamount.h
    readers/zipmember.cpp readers/zipmember.h
    readers/plannerreader.cpp readers/plannerreader.h
    readers/calligraplanreader.cpp readers/calligraplanreader.h
    readers/tjplexer.cpp readers/tjplexer.h
    readers/tjdates.cpp readers/tjdates.h
    readers/tjstatements.cpp readers/tjstatements.h
    readers/tjcharges.cpp readers/tjcharges.h
    readers/taskjugglerreader.cpp readers/taskjugglerreader.h
    readers/readercommon.cpp readers/readercommon.h
    readers/msprojectreader.cpp readers/msprojectreader.h
    readers/ganttprojectreader.cpp readers/ganttprojectreader.h
    readers/sheetrows.cpp readers/sheetrows.h
    readers/xlsxsheet.cpp readers/xlsxsheet.h
    readers/plancolumns.cpp readers/plancolumns.h
    readers/planrows.cpp readers/planrows.h
    readers/spreadsheetreader.cpp readers/spreadsheetreader.h
)
