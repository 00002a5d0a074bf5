#pragma once

// Loads the app's translations (and Qt's own) for the system locale or an
// explicit --lang; English needs none.

#include <QString>
#include <QStringList>

namespace fb {

// Removes "--lang X" / "--lang=X" from `arguments` and returns X (or empty).
QString languageFromArguments(QStringList &arguments);

// Installs translators on the running application; returns the language used.
QString installTranslations(const QString &language);

} // namespace fb
