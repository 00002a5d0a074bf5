#include "manuals/german_stemmer.h"

namespace fb::manuals {
namespace {

bool isVowel(QChar c)
{
    switch (c.unicode()) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
    case 0xe4: // ä
    case 0xf6: // ö
    case 0xfc: // ü
        return true;
    default:
        return false;
    }
}

// Start of the region after the first non-vowel that follows a vowel.
qsizetype regionAfter(const QString &w, qsizetype from)
{
    for (qsizetype i = from + 1; i < w.size(); ++i) {
        if (!isVowel(w.at(i)) && isVowel(w.at(i - 1)))
            return i + 1;
    }
    return w.size();
}

bool isSEnding(QChar c)
{
    return QStringView(u"bdfghklmnrt").contains(c);
}
bool isStEnding(QChar c)
{
    return QStringView(u"bdfghklmnt").contains(c);
}

} // namespace

QString germanStem(const QString &input)
{
    QString w = input;
    w.replace(QChar(0xdf), QStringLiteral("ss")); // ß
    // u and y between vowels are consonants: mark them upper case.
    for (qsizetype i = 1; i + 1 < w.size(); ++i) {
        const QChar c = w.at(i);
        if ((c == u'u' || c == u'y') && isVowel(w.at(i - 1)) && isVowel(w.at(i + 1)))
            w[i] = c.toUpper();
    }

    qsizetype r1 = regionAfter(w, 0);
    if (r1 < 3)
        r1 = qMin<qsizetype>(3, w.size());
    const qsizetype r2 = regionAfter(w, r1);
    auto inR1 = [&](qsizetype suffixLength) {
        return w.size() - suffixLength >= r1;
    };
    auto inR2 = [&](qsizetype suffixLength) {
        return w.size() - suffixLength >= r2;
    };

    // Step 1
    if (w.endsWith(u"ern")) {
        if (inR1(3))
            w.chop(3);
    } else if (w.endsWith(u"em") || w.endsWith(u"er")) {
        if (inR1(2))
            w.chop(2);
    } else if (w.endsWith(u"en") || w.endsWith(u"es") || w.endsWith(u"e")) {
        const qsizetype n = w.endsWith(u"e") ? 1 : 2;
        if (inR1(n)) {
            w.chop(n);
            if (w.endsWith(u"niss"))
                w.chop(1);
        }
    } else if (w.endsWith(u"s") && w.size() >= 2 && isSEnding(w.at(w.size() - 2)) && inR1(1)) {
        w.chop(1);
    }

    // Step 2
    if (w.endsWith(u"est")) {
        if (inR1(3))
            w.chop(3);
    } else if (w.endsWith(u"en") || w.endsWith(u"er")) {
        if (inR1(2))
            w.chop(2);
    } else if (w.endsWith(u"st") && w.size() >= 6 && isStEnding(w.at(w.size() - 3)) && inR1(2)) {
        w.chop(2);
    }

    // Step 3: derivational suffixes
    if ((w.endsWith(u"end") || w.endsWith(u"ung")) && inR2(3)) {
        w.chop(3);
        if (w.endsWith(u"ig") && !w.endsWith(u"eig") && inR2(2))
            w.chop(2);
    } else if ((w.endsWith(u"isch") || w.endsWith(u"ig") || w.endsWith(u"ik"))) {
        const qsizetype n = w.endsWith(u"isch") ? 4 : 2;
        if (inR2(n) && !(w.size() > n && w.at(w.size() - n - 1) == u'e'))
            w.chop(n);
    } else if ((w.endsWith(u"lich") || w.endsWith(u"heit")) && inR2(4)) {
        w.chop(4);
        if ((w.endsWith(u"er") || w.endsWith(u"en")) && inR1(2))
            w.chop(2);
    } else if (w.endsWith(u"keit") && inR2(4)) {
        w.chop(4);
        if (w.endsWith(u"lich") && inR2(4))
            w.chop(4);
        else if (w.endsWith(u"ig") && inR2(2))
            w.chop(2);
    }

    for (QChar &c : w) {
        switch (c.unicode()) {
        case 'U':
            c = u'u';
            break;
        case 'Y':
            c = u'y';
            break;
        case 0xe4:
            c = u'a';
            break;
        case 0xf6:
            c = u'o';
            break;
        case 0xfc:
            c = u'u';
            break;
        default:
            break;
        }
    }
    return w;
}

} // namespace fb::manuals
