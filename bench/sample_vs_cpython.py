#!/usr/bin/env python3
"""End to end: `pyprior sample --run K --format jsonl` against CPython.

Runs the pyprior command (sampling, interpreting K inputs per program and
writing JSON lines), then has this CPython compile, execute and call the same
programs on the same inputs, and prints both timings and their ratio. Both are
measured in this one run, on this machine. Usage:

    sample_vs_cpython.py PYPRIOR [-n N] [--run K] [--profile seed] [--seed S]
"""
import argparse
import gc
import json
import subprocess
import sys
import tempfile
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pyprior")
    parser.add_argument("-n", type=int, default=200000)
    parser.add_argument("--run", type=int, default=3)
    parser.add_argument("--profile", default="seed")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=0, help="pyprior's --jobs (default: its own, all cores)")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs for each side")
    args = parser.parse_args()

    command = [args.pyprior, "sample", "-n", str(args.n), "--run", str(args.run), "--format", "jsonl",
               "--profile", args.profile, "--seed", str(args.seed)]
    if args.jobs:
        command += ["--jobs", str(args.jobs)]
    pyprior_seconds = float("inf")
    # Into a file, not a pipe: reading a pipe would put this script's own
    # work on the clock (and on the cores pyprior runs on).
    with tempfile.TemporaryFile() as output:
        for _ in range(args.repeat):
            output.seek(0)
            output.truncate()
            begin = time.perf_counter()
            subprocess.run(command, check=True, stdout=output)
            pyprior_seconds = min(pyprior_seconds, time.perf_counter() - begin)
        output.seek(0)
        records = [json.loads(line) for line in output]
    capped = {"overflow", "step_limit"}
    jobs = [(r["source"], [[int(v) for v in row] for row in r["inputs"]]) for r in records
            if not capped.intersection(r["outputs"])]

    # The records are this script's bookkeeping, not CPython's work: frozen,
    # the garbage collector stops scanning them again and again.
    gc.collect()
    gc.freeze()
    cpython_seconds = float("inf")
    mismatches = 0
    for _ in range(args.repeat):
        begin = time.perf_counter()
        results = []
        for source, inputs in jobs:
            namespace = {"__name__": "bench"}
            exec(compile(source, "<program>", "exec"), namespace)
            func = namespace["func"]
            for row in inputs:
                try:
                    results.append(repr(func(*row)))
                except Exception as error:  # the outcome is the exception's type name
                    results.append(type(error).__name__)
        cpython_seconds = min(cpython_seconds, time.perf_counter() - begin)
    expected = [o for r in records if not capped.intersection(r["outputs"]) for o in r["outputs"]]
    mismatches = sum(1 for a, b in zip(results, expected) if a != b)

    print(f"programs: {len(records)} ({len(jobs)} run by CPython), inputs per program: {args.run}")
    jobs_flag = f" --jobs {args.jobs}" if args.jobs else ""
    print(f"pyprior sample --run {args.run} --format jsonl{jobs_flag}: {pyprior_seconds:.3f} s "
          f"({len(records) / pyprior_seconds:,.0f} programs/s)")
    print(f"CPython {sys.version.split()[0]} compile+exec+call: {cpython_seconds:.3f} s "
          f"({len(jobs) / cpython_seconds:,.0f} programs/s)")
    print(f"ratio: pyprior is {cpython_seconds / pyprior_seconds:.1f}x faster; outcome mismatches: {mismatches}")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
