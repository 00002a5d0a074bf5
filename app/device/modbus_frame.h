#pragma once

// Modbus framing (device-protocol.md §1): PDUs, RTU frames with CRC-16 and
// Modbus TCP's MBAP header. Pure functions over bytes, shared by the app's
// links, the simulator and the fuzz target, so every side parses alike.

#include "domain/result.h"

#include <QByteArray>
#include <QList>

namespace fb::device::modbus {

enum Function : quint8
{
    ReadHolding = 0x03,
    ReadInput = 0x04,
    WriteSingle = 0x06,
    WriteMultiple = 0x10,
};

enum ExceptionCode : quint8
{
    IllegalFunction = 0x01,
    IllegalAddress = 0x02,
    IllegalValue = 0x03,
    DeviceFailure = 0x04,
};

constexpr int MaxReadCount = 125;
constexpr int MaxRtuFrame = 256;
constexpr int MaxPdu = 253;

// Modbus over Serial Line v1.02 §2.5.1.1: RTU frames are separated by at
// least 3.5 character times of silence (t3.5), a character being 11 bits.
// Above 19200 baud the spec only recommends a fixed 1750 µs to spare slow
// slaves' CPUs; the enclosure controller keeps up, and 1750 µs would cost a
// third of the round trips at 115200 baud (335 µs here). Strict slaves get
// 1750 through LinkSettings::interFrameGapUs.
constexpr int rtuInterFrameGapUs(int baud)
{
    if (baud <= 0)
        return 0;
    return int((35LL * 11 * 1'000'000 / 10 + baud - 1) / baud);
}
// Time `bytes` characters take on the wire at `baud` (11 bits each, the
// spec's character; an 8N1 link is slightly faster, so this never falls short).
constexpr qint64 rtuWireTimeNs(qsizetype bytes, int baud)
{
    return baud > 0 ? qint64(bytes) * 11 * 1'000'000'000LL / baud : 0;
}

quint16 crc16(const char *data, qsizetype size);
inline quint16 crc16(const QByteArray &bytes)
{
    return crc16(bytes.constData(), bytes.size());
}

// address + pdu + CRC (low byte first, as RTU sends it).
QByteArray rtuFrame(quint8 address, const QByteArray &pdu);
// MBAP header + pdu.
QByteArray tcpFrame(quint16 transaction, quint8 unit, const QByteArray &pdu);

QByteArray readRequest(quint8 function, quint16 start, quint16 count);
QByteArray writeSingleRequest(quint16 address, quint16 value);
QByteArray writeMultipleRequest(quint16 start, const QList<quint16> &values);
QByteArray exceptionResponse(quint8 function, quint8 code);

// Registers of a 0x03/0x04 reply; the error names what was wrong.
Result<QList<quint16>> parseReadResponse(const QByteArray &pdu, int expectedCount);
// A write reply must echo the request's address (and value or count).
Status checkWriteResponse(const QByteArray &request, const QByteArray &reply);

// Text for an exception code a technician can act on.
QString exceptionText(quint8 code);

// --- RTU stream scanning (client side) ---------------------------------
// Looks in `buffer` for the reply to a request with `function` sent to
// `address`. Bytes before a valid frame are garbage; frames with a good CRC
// from another address are counted and dropped.
struct RtuScan
{
    enum Status
    {
        NeedMore,
        Frame,
        CrcError
    };
    Status status = NeedMore;
    QByteArray pdu;         // when Frame
    qsizetype consumed = 0; // bytes to drop from the buffer
    int garbageBytes = 0;   // skipped bytes that were no frame
    int wrongAddress = 0;   // well-formed frames from another slave
};
RtuScan scanRtuResponse(const QByteArray &buffer, quint8 address, quint8 function);

// --- RTU request scanning (server side) --------------------------------
// The length of the request starting at buffer[0], 0 when more bytes are
// needed to know, -1 when the function is not one a request can carry.
qsizetype rtuRequestLength(const QByteArray &buffer);

// --- TCP ----------------------------------------------------------------
struct TcpScan
{
    enum Status
    {
        NeedMore,
        Frame,
        Malformed
    };
    Status status = NeedMore;
    quint16 transaction = 0;
    quint8 unit = 0;
    QByteArray pdu;
    qsizetype consumed = 0;
};
TcpScan scanTcpFrame(const QByteArray &buffer);

} // namespace fb::device::modbus
