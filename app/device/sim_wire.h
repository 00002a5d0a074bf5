#pragma once

// The simulator's side of the wire, shared by the pty and TCP servers and
// the in-process link: one request frame in, the bytes to send back out,
// with the link faults (drop, corrupt, garbage, wrong address) applied.

#include <QByteArray>

namespace fb::device {

class EnclosureSimulator;

// `frame` is a complete RTU request (address … CRC). Requests with a bad
// CRC or for another address get no reply, as on a real bus.
QByteArray serveRtuFrame(EnclosureSimulator &simulator, quint8 address, const QByteArray &frame);

// `frame` is a complete Modbus TCP request (MBAP header + PDU).
QByteArray serveTcpFrame(EnclosureSimulator &simulator, const QByteArray &frame);

} // namespace fb::device
