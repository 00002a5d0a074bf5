// json::compact writes what QJsonDocument::toJson(Compact) writes, byte for
// byte: revision ids are hashes of those bytes, so any difference would give
// the same edit two ids.

#include "domain/json_writer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace {

QString randomString(QRandomGenerator &random)
{
    // Plain text mostly, with every kind of character JSON escapes or
    // encodes: control characters, quote, backslash, two- and three-byte
    // UTF-8, pairs of surrogates and lone ones.
    static const char16_t pool[] = {u'a',   u'Z',   u'0',   u' ',   u'"',  u'\\',  u'/',
                                    0x0,    0x1,    0x8,    0x9,    0xa,   0xc,    0xd,
                                    0x1f,   0x7f,   0xe9,   0x7ff,  0x800, 0x20ac, 0xfffd,
                                    0xffff, 0xd83d, 0xde00, 0xdbff, 0xdc00};
    QString text;
    const int length = random.bounded(12);
    for (int i = 0; i < length; ++i) {
        if (random.bounded(4) == 0) { // a valid pair: an emoji
            text += QChar(char16_t(0xd83d));
            text += QChar(char16_t(0xde00 + random.bounded(0x40)));
        } else {
            text += QChar(pool[random.bounded(int(std::size(pool)))]);
        }
    }
    return text;
}

QJsonValue randomNumber(QRandomGenerator &random)
{
    switch (random.bounded(8)) {
    case 0:
        return qint64(random.generate64());
    case 1:
        return random.bounded(-1000, 1000);
    case 2:
        return random.generateDouble() * 1e6;
    case 3:
        return 1e15 * random.bounded(1, 9);
    case 4:
        return std::numeric_limits<double>::infinity();
    case 5:
        return std::numeric_limits<double>::quiet_NaN();
    case 6:
        return -0.0;
    default:
        return 1.5e300 * random.generateDouble();
    }
}

QJsonValue randomValue(QRandomGenerator &random, int depth)
{
    switch (random.bounded(depth > 3 ? 5 : 7)) {
    case 0:
        return QJsonValue();
    case 1:
        return random.bounded(2) == 1;
    case 2:
        return randomNumber(random);
    case 3:
    case 4:
        return randomString(random);
    case 5: {
        QJsonArray array;
        for (int i = random.bounded(4); i > 0; --i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    default: {
        QJsonObject object;
        for (int i = random.bounded(5); i > 0; --i)
            object.insert(randomString(random), randomValue(random, depth + 1));
        return object;
    }
    }
}

} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesWhatQtWritesForRandomDocuments()
    {
        QRandomGenerator random(20261207);
        for (int round = 0; round < 3000; ++round) {
            QJsonObject object;
            for (int i = random.bounded(8); i > 0; --i)
                object.insert(randomString(random), randomValue(random, 0));
            const QByteArray expected = QJsonDocument(object).toJson(QJsonDocument::Compact);
            const QByteArray written = fb::json::compact(object);
            if (written != expected)
                QFAIL(qPrintable(u"round %1\nexpected %2\nwritten  %3"_s.arg(round).arg(
                    QString::fromLatin1(expected.toPercentEncoding(" {}[]:,\"")),
                    QString::fromLatin1(written.toPercentEncoding(" {}[]:,\"")))));
            const QJsonArray array{object, randomValue(random, 2), randomNumber(random)};
            QCOMPARE(fb::json::compact(array), QJsonDocument(array).toJson(QJsonDocument::Compact));
        }
    }

    // Numbers as HQ sends them, through Qt's parser, which keeps whole ones
    // (2.0, 1e15) as integers.
    void writesParsedNumbersAsQtDoes()
    {
        const QByteArray text = R"({"a":[1e15,1000000000000000,2.0,-0.0,9007199254740993,)"
                                R"(1.5e300,0.1,-5,1E2,123456789.125,-9223372036854775808]})";
        const QJsonObject object = QJsonDocument::fromJson(text).object();
        QVERIFY(!object.isEmpty());
        QCOMPARE(fb::json::compact(object), QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    void writesEmptyContainersAndLongText()
    {
        QCOMPARE(fb::json::compact(QJsonObject()), QByteArray("{}"));
        QCOMPARE(fb::json::compact(QJsonArray()), QByteArray("[]"));
        const QJsonObject nested{{u"a"_s, QJsonObject()}, {u"b"_s, QJsonArray{QJsonArray()}}};
        QCOMPARE(fb::json::compact(nested), QByteArray(R"({"a":{},"b":[[]]})"));
        // Longer than the first buffer, so it grows while writing.
        const QJsonObject large{{u"note"_s, u"ä\"\n"_s.repeated(2000)}};
        QCOMPARE(fb::json::compact(large), QJsonDocument(large).toJson(QJsonDocument::Compact));
    }
};

QTEST_APPLESS_MAIN(TestJsonWriter)
#include "test_json_writer.moc"
