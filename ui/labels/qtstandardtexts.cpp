// Qt's own words that Horisont's windows show: the standard buttons of
// dialogs and message boxes ("Close", "Cancel", "OK"). Debian's Swedish Qt
// 6.4 catalogue (qt_sv.qm) has no QPlatformTheme context, so they stayed
// English in a Swedish window; listed here, lupdate puts them in Horisont's
// own catalogue, which Qt consults like its own.
#include <QtGlobal>

namespace horisont {
namespace {

[[maybe_unused]] const char *const standardButtonTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
};

// The file dialog's words that Qt's Swedish catalogue (qt_sv.qm) lacks;
// the rest ("Filnamn:", "Filer av typen:", "Spara") come from that catalogue.
[[maybe_unused]] const char *const fileDialogTexts[] = {
    QT_TRANSLATE_NOOP("QFileDialog", "Look in:"),
};

} // namespace
} // namespace horisont
