// libFuzzer target for the Modbus frame parsers: arbitrary bytes must never
// crash, hang or make the scanners claim more bytes than they were given.

#include "device/modbus_frame.h"

#include <cstdint>
#include <cstdlib>

using namespace fb::device;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const quint8 address = data[0];
    const quint8 function = data[1];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    const modbus::RtuScan rtu = modbus::scanRtuResponse(bytes, address, function);
    if (rtu.consumed < 0 || rtu.consumed > bytes.size() || rtu.garbageBytes < 0)
        std::abort();
    if (rtu.status == modbus::RtuScan::Frame) {
        if (rtu.pdu.isEmpty() || rtu.pdu.size() > modbus::MaxPdu)
            std::abort();
        // A frame we accept must re-encode to the bytes it came from.
        const QByteArray again = modbus::rtuFrame(address, rtu.pdu);
        if (!bytes.mid(0, rtu.consumed).endsWith(again))
            std::abort();
        (void)modbus::parseReadResponse(rtu.pdu, (rtu.pdu.size() - 2) / 2);
    }

    const qsizetype request = modbus::rtuRequestLength(bytes);
    if (request > 9 + 255)
        std::abort();

    const modbus::TcpScan tcp = modbus::scanTcpFrame(bytes);
    if (tcp.consumed < 0 || tcp.consumed > bytes.size())
        std::abort();
    if (tcp.status == modbus::TcpScan::Frame &&
        modbus::tcpFrame(tcp.transaction, tcp.unit, tcp.pdu) != bytes.left(tcp.consumed))
        std::abort();
    return 0;
}
