#!/usr/bin/env python3
"""The CLI's no-change re-sync, timed from this process (not through a shell,
whose fork and `date` calls add milliseconds), beside the CLI's own start-up
(`--help`, the same program doing nothing) as its peer. Runs them alternately
after a warm-up and prints one JSON line: wall times (best and median, ms) and
the sync's own "seconds" (best and median, ms). A benchmark helper for
run.sh, not a test.
Usage: resync_cli.py CLI DATA_DIR RUNS"""
import json
import statistics
import subprocess
import sys
import time


def run(command):
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - start) * 1000, done.stdout


def main():
    cli, data_dir, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    sync = [cli, "--data-dir", data_dir, "--json", "sync"]
    help_ = [cli, "--help"]
    for _ in range(2):
        run(sync)
        run(help_)
    walls, insides, starts = [], [], []
    for _ in range(runs):
        wall, output = run(sync)
        walls.append(wall)
        insides.append(json.loads(output)["seconds"] * 1000)
        starts.append(run(help_)[0])
    print(json.dumps({
        "runs": runs,
        "wall_best_ms": round(min(walls), 1),
        "wall_median_ms": round(statistics.median(walls), 1),
        "inside_best_ms": round(min(insides), 1),
        "inside_median_ms": round(statistics.median(insides), 1),
        "cli_start_best_ms": round(min(starts), 1),
        "cli_start_median_ms": round(statistics.median(starts), 1),
    }))


if __name__ == "__main__":
    main()
