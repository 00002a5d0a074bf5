#include "device/modbus_frame.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fb::device::modbus {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::device::Modbus", text);
}

quint8 byteAt(const QByteArray &bytes, qsizetype index)
{
    return quint8(bytes.at(index));
}
quint16 wordAt(const QByteArray &bytes, qsizetype index)
{
    return quint16((byteAt(bytes, index) << 8) | byteAt(bytes, index + 1));
}
void appendWord(QByteArray &bytes, quint16 value)
{
    bytes.append(char(value >> 8));
    bytes.append(char(value & 0xFF));
}

// Length of a reply frame starting at `offset` (address byte), 0 when more
// bytes are needed to know it, -1 when this cannot be the awaited reply.
qsizetype replyLength(const QByteArray &buffer, qsizetype offset, quint8 function)
{
    const qsizetype available = buffer.size() - offset;
    if (available < 2)
        return 0;
    const quint8 fn = byteAt(buffer, offset + 1);
    if (fn == (function | 0x80))
        return 5;
    if (fn != function)
        return -1;
    switch (function) {
    case ReadHolding:
    case ReadInput: {
        if (available < 3)
            return 0;
        const int count = byteAt(buffer, offset + 2);
        if (count == 0 || count % 2 != 0 || count > MaxReadCount * 2)
            return -1;
        return 5 + count;
    }
    case WriteSingle:
    case WriteMultiple:
        return 8;
    default:
        return -1;
    }
}

bool crcMatches(const QByteArray &buffer, qsizetype offset, qsizetype length)
{
    const quint16 crc = crc16(buffer.constData() + offset, length - 2);
    return byteAt(buffer, offset + length - 2) == (crc & 0xFF) &&
           byteAt(buffer, offset + length - 1) == (crc >> 8);
}

} // namespace

quint16 crc16(const char *data, qsizetype size)
{
    quint16 crc = 0xFFFF;
    for (qsizetype i = 0; i < size; ++i) {
        crc ^= quint8(data[i]);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? quint16((crc >> 1) ^ 0xA001) : quint16(crc >> 1);
    }
    return crc;
}

QByteArray rtuFrame(quint8 address, const QByteArray &pdu)
{
    QByteArray frame;
    frame.reserve(pdu.size() + 3);
    frame.append(char(address));
    frame.append(pdu);
    const quint16 crc = crc16(frame);
    frame.append(char(crc & 0xFF));
    frame.append(char(crc >> 8));
    return frame;
}

QByteArray tcpFrame(quint16 transaction, quint8 unit, const QByteArray &pdu)
{
    QByteArray frame;
    frame.reserve(pdu.size() + 7);
    appendWord(frame, transaction);
    appendWord(frame, 0);
    appendWord(frame, quint16(pdu.size() + 1));
    frame.append(char(unit));
    frame.append(pdu);
    return frame;
}

QByteArray readRequest(quint8 function, quint16 start, quint16 count)
{
    QByteArray pdu(1, char(function));
    appendWord(pdu, start);
    appendWord(pdu, count);
    return pdu;
}

QByteArray writeSingleRequest(quint16 address, quint16 value)
{
    QByteArray pdu(1, char(WriteSingle));
    appendWord(pdu, address);
    appendWord(pdu, value);
    return pdu;
}

QByteArray writeMultipleRequest(quint16 start, const QList<quint16> &values)
{
    QByteArray pdu(1, char(WriteMultiple));
    appendWord(pdu, start);
    appendWord(pdu, quint16(values.size()));
    pdu.append(char(values.size() * 2));
    for (quint16 value : values)
        appendWord(pdu, value);
    return pdu;
}

QByteArray exceptionResponse(quint8 function, quint8 code)
{
    QByteArray pdu;
    pdu.append(char(function | 0x80));
    pdu.append(char(code));
    return pdu;
}

Result<QList<quint16>> parseReadResponse(const QByteArray &pdu, int expectedCount)
{
    if (pdu.size() < 2)
        return Error{ErrorKind::Device, tr("The device sent a truncated reply.")};
    const int bytes = byteAt(pdu, 1);
    if (bytes != expectedCount * 2 || pdu.size() != 2 + bytes)
        return Error{ErrorKind::Device,
                     tr("The device sent %1 bytes of registers; %2 were asked for.")
                         .arg(pdu.size() - 2)
                         .arg(expectedCount * 2)};
    QList<quint16> values;
    values.reserve(expectedCount);
    for (int i = 0; i < expectedCount; ++i)
        values.append(wordAt(pdu, 2 + 2 * i));
    return values;
}

Status checkWriteResponse(const QByteArray &request, const QByteArray &reply)
{
    if (reply.size() != 5 || request.size() < 5 || reply.left(5) != request.left(5))
        return Error{ErrorKind::Device, tr("The device did not confirm the write.")};
    return {};
}

QString exceptionText(quint8 code)
{
    switch (code) {
    case IllegalFunction:
        return tr("the device does not support this request (exception 1)");
    case IllegalAddress:
        return tr("the register is not in the device's map (exception 2)");
    case IllegalValue:
        return tr("the device refused the value as out of range (exception 3)");
    case DeviceFailure:
        return tr("the device reported an internal failure (exception 4)");
    default:
        return tr("the device answered with exception %1").arg(code);
    }
}

RtuScan scanRtuResponse(const QByteArray &buffer, quint8 address, quint8 function)
{
    RtuScan scan;
    bool sawCorrupt = false;
    qsizetype corruptEnd = 0;
    for (qsizetype offset = 0; offset < buffer.size(); ++offset) {
        const qsizetype length = replyLength(buffer, offset, function);
        if (length <= 0 || buffer.size() - offset < length)
            continue;
        if (!crcMatches(buffer, offset, length)) {
            if (byteAt(buffer, offset) == address && !sawCorrupt) {
                sawCorrupt = true;
                corruptEnd = offset + length;
            }
            continue;
        }
        if (byteAt(buffer, offset) != address) {
            // A well-formed reply, but from another slave: drop the whole frame.
            ++scan.wrongAddress;
            scan.garbageBytes += int(offset - scan.consumed);
            scan.consumed = offset + length;
            offset += length - 1;
            continue;
        }
        scan.status = RtuScan::Frame;
        scan.garbageBytes += int(offset - scan.consumed);
        scan.pdu = buffer.mid(offset + 1, length - 3);
        scan.consumed = offset + length;
        return scan;
    }
    // A complete frame for us with a bad CRC and nothing after it: the reply
    // was damaged on the wire; say so now instead of waiting for the timeout.
    if (sawCorrupt && corruptEnd == buffer.size()) {
        scan.status = RtuScan::CrcError;
        scan.consumed = buffer.size();
        return scan;
    }
    // Keep the bytes; more may complete a frame. Oversized junk is dropped.
    if (buffer.size() > 2 * MaxRtuFrame) {
        scan.garbageBytes += int(buffer.size() - scan.consumed);
        scan.consumed = buffer.size();
    }
    return scan;
}

qsizetype rtuRequestLength(const QByteArray &buffer)
{
    if (buffer.size() < 2)
        return 0;
    switch (byteAt(buffer, 1)) {
    case ReadHolding:
    case ReadInput:
    case WriteSingle:
        return 8;
    case WriteMultiple:
        if (buffer.size() < 7)
            return 0;
        return 9 + byteAt(buffer, 6);
    default:
        return -1;
    }
}

TcpScan scanTcpFrame(const QByteArray &buffer)
{
    TcpScan scan;
    if (buffer.size() < 7)
        return scan;
    const quint16 protocol = wordAt(buffer, 2);
    const quint16 length = wordAt(buffer, 4);
    if (protocol != 0 || length < 2 || length > MaxPdu + 1) {
        scan.status = TcpScan::Malformed;
        scan.consumed = buffer.size();
        return scan;
    }
    if (buffer.size() < 6 + length)
        return scan;
    scan.status = TcpScan::Frame;
    scan.transaction = wordAt(buffer, 0);
    scan.unit = byteAt(buffer, 6);
    scan.pdu = buffer.mid(7, length - 1);
    scan.consumed = 6 + length;
    return scan;
}

} // namespace fb::device::modbus
