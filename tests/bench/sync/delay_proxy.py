#!/usr/bin/env python3
"""A TCP proxy that delays every chunk by DELAY seconds each way (and a new
connection by one round trip), for the sync benchmark's no-change re-sync
over a slow link. No tc/netem needed.
Usage: delay_proxy.py DELAY LISTEN_PORT TARGET_PORT (both on 127.0.0.1)"""
import asyncio
import sys

DELAY = float(sys.argv[1])
LISTEN_PORT = int(sys.argv[2])
TARGET_PORT = int(sys.argv[3])


async def pipe(reader, writer):
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            await asyncio.sleep(DELAY)
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        writer.close()


async def handle(client_reader, client_writer):
    await asyncio.sleep(2 * DELAY)  # the TCP handshake's round trip
    server_reader, server_writer = await asyncio.open_connection("127.0.0.1", TARGET_PORT)
    await asyncio.gather(pipe(client_reader, server_writer), pipe(server_reader, client_writer))


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", LISTEN_PORT)
    async with server:
        await server.serve_forever()


asyncio.run(main())
