#pragma once

// Customer documents speak the customer's language whatever the app's own
// language is: their texts are looked up in a private translator for that
// language (never installed on the application, so the UI is untouched),
// falling back to the English source.

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

namespace fb::documents {

class DocumentLanguage
{
public:
    // `localeName` like "de_DE" or "en_US"; unknown names fall back to English.
    explicit DocumentLanguage(const QString &localeName);

    const QLocale &locale() const { return m_locale; }
    QString text(const char *context, const char *source) const;

private:
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace fb::documents
