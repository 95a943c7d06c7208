#pragma once

class QLocale;
class QTranslator;

namespace horisont {

/// Loads Qt's own catalogue for `locale` into `translator`: the words of
/// Qt's dialogs (the file dialog's "File name:", "Files of type:", its
/// buttons). Debian's qt6-translations-l10n ships Swedish as qt_sv.qm under
/// QLibraryInfo's translations path; "qt" pulls in the module catalogues
/// (qtbase_*) where a language has them. English needs none: false then,
/// and when the catalogue is not installed.
bool loadQtTranslations(QTranslator &translator, const QLocale &locale);

} // namespace horisont
