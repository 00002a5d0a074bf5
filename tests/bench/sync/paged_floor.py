#!/usr/bin/env python3
"""The paged read floor: the pages of _all_docs a first pull asks for (500
rows, then 2,000 at a time, as Session::initialLoad does), downloaded one
after another by a client that does nothing else with them. Prints the
seconds it took and the CPU seconds the server used meanwhile.
Usage: paged_floor.py SERVER_URL DB SERVER_PID"""
import json
import sys
import time
import urllib.parse
import urllib.request

from timed import server_cpu


# Rows and the last row's key, found without parsing the page, so the client
# costs next to nothing.
ROW_END = b'"value":{"rev":'


def page(url, start_key, limit):
    query = {"include_docs": "true", "conflicts": "true", "limit": str(limit)}
    if start_key is not None:
        query.update(skip="1", startkey=json.dumps(start_key))
    with urllib.request.urlopen(f"{url}?{urllib.parse.urlencode(query)}") as answer:
        body = answer.read()
    rows = body.count(ROW_END)
    if rows == 0:
        return 0, None
    end = body.rfind(ROW_END)
    key = body.rfind(b'"key":', 0, end)
    return rows, json.loads(body[key + 6:end].rstrip(b","))


def main():
    server, db, pid = sys.argv[1], sys.argv[2], sys.argv[3]
    url = f"{server}{db}/_all_docs"
    server_before = server_cpu(pid)
    start = time.perf_counter()
    limit, key, rows = 500, None, 0
    while True:
        got, key = page(url, key, limit)
        rows += got
        if got < limit:
            break
        limit = 2000
    wall = time.perf_counter() - start
    print(f"{wall:.3f} {server_cpu(pid) - server_before:.3f} {rows}")


main()
