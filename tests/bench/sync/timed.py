#!/usr/bin/env python3
"""Runs a command and writes its wall time, its CPU time (user + system, its
threads included) and, if given, the CPU time a server process used
meanwhile, all in seconds, into OUT_FILE. The command's output goes to stdout.
Usage: timed.py OUT_FILE SERVER_PID|- COMMAND [ARGS...]"""
import os
import resource
import subprocess
import sys
import time


def server_cpu(pid):
    if pid == "-":
        return 0.0
    with open(f"/proc/{pid}/stat") as stat:
        # Fields 14 and 15 (utime, stime), counted after the command name,
        # which may contain spaces but ends with the last ')'.
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main():
    out_file, pid, command = sys.argv[1], sys.argv[2], sys.argv[3:]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    server_before = server_cpu(pid)
    start = time.perf_counter()
    code = subprocess.call(command)
    wall = time.perf_counter() - start
    server = server_cpu(pid) - server_before
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    with open(out_file, "w") as out:
        out.write(f"{wall:.3f} {cpu:.3f} {server:.3f}\n")
    sys.exit(code)


if __name__ == "__main__":
    main()
