#include "device/sim_wire.h"

#include "device/modbus_frame.h"
#include "device/sim_model.h"

namespace fb::device {
namespace {

QByteArray applyFault(EnclosureSimulator::LinkFault fault, QByteArray wire, qsizetype headerSize)
{
    switch (fault) {
    case EnclosureSimulator::LinkFault::None:
        return wire;
    case EnclosureSimulator::LinkFault::Drop:
        return {};
    case EnclosureSimulator::LinkFault::Corrupt: {
        // RTU: a flipped data bit the CRC catches. TCP has no CRC of its own
        // (TCP's checksum guards the data), so damage the MBAP header instead.
        const qsizetype at = headerSize > 0 ? 2 : wire.size() / 2;
        wire[at] = char(wire.at(at) ^ 0x5A);
        return wire;
    }
    case EnclosureSimulator::LinkFault::Garbage:
        return QByteArray("\x00\xFF\x13\x37noise\xFE", 10) + wire;
    case EnclosureSimulator::LinkFault::WrongAddress:
        return wire; // handled by the caller, which knows the framing
    }
    return wire;
}

} // namespace

QByteArray serveRtuFrame(EnclosureSimulator &simulator, quint8 address, const QByteArray &frame)
{
    if (frame.size() < 4 || quint8(frame.at(0)) != address)
        return {};
    const quint16 crc = modbus::crc16(frame.constData(), frame.size() - 2);
    if (quint8(frame.at(frame.size() - 2)) != (crc & 0xFF) ||
        quint8(frame.at(frame.size() - 1)) != (crc >> 8))
        return {};
    const QByteArray reply = simulator.handle(frame.mid(1, frame.size() - 3));
    if (reply.isEmpty())
        return {};
    const auto fault = simulator.takeLinkFault();
    if (fault == EnclosureSimulator::LinkFault::WrongAddress)
        return modbus::rtuFrame(quint8(address % 247 + 1), reply);
    return applyFault(fault, modbus::rtuFrame(address, reply), 0);
}

QByteArray serveTcpFrame(EnclosureSimulator &simulator, const QByteArray &frame)
{
    const modbus::TcpScan scan = modbus::scanTcpFrame(frame);
    if (scan.status != modbus::TcpScan::Frame)
        return {};
    const QByteArray reply = simulator.handle(scan.pdu);
    if (reply.isEmpty())
        return {};
    const auto fault = simulator.takeLinkFault();
    if (fault == EnclosureSimulator::LinkFault::WrongAddress)
        return modbus::tcpFrame(scan.transaction, quint8(scan.unit % 247 + 1), reply);
    return applyFault(fault, modbus::tcpFrame(scan.transaction, scan.unit, reply), 7);
}

} // namespace fb::device
