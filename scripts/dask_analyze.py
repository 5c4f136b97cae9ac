#!/usr/bin/env python3
"""Byline on a Dask cluster: a JSONL corpus ({"id", "text", "path"?, "published"?} per line) read as a dask.bag,
each partition piped through one `byline analyze - --jsonl` process, as Spark's rdd.pipe and Hadoop Streaming do.

    python3 scripts/dask_analyze.py corpus.jsonl --out results/        # a local cluster of 2 worker processes
    python3 scripts/dask_analyze.py 'corpus/*.jsonl' --scheduler tcp://head:8786 --byline byline --out results/

Every input line gives one output line: its analysis record, or an error record {"id", "line", "error"} for a line
byline cannot analyse. A partition fails (and the job with it, showing byline's message) only when byline itself
fails: an unknown exit code, or not one record per line. Needs Debian's python3-distributed (or pip's dask[distributed]); see docs/scale.md.
"""
import argparse
import contextlib
import os
import shlex
import subprocess
import sys
import time

import dask.bag
from distributed import Client, LocalCluster

DEFAULT_BYLINE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dist", "cli.js")
# byline's exit codes: 0 all analysed, 1 some documents failed, 2 bad input; each failed line has its error record
BYLINE_EXIT_CODES = (0, 1, 2)


def pipe_partition(lines, command, timeout):
    """Runs one byline process over a partition's lines; returns its output lines (JSON records) in input order."""
    documents = [line.rstrip("\r\n") for line in lines if line.strip()]
    if not documents:
        return []
    run = subprocess.run(
        [*command, "analyze", "-", "--jsonl"],
        input="\n".join(documents) + "\n",
        capture_output=True,
        encoding="utf-8",
        timeout=timeout,
    )
    # split on "\n" only: str.splitlines() would also cut a record at a U+2028 that JSON leaves unescaped
    records = run.stdout.split("\n")[:-1]
    if run.returncode not in BYLINE_EXIT_CODES or len(records) != len(documents):
        raise RuntimeError(
            f"byline exited {run.returncode} with {len(records)} records for {len(documents)} lines: {run.stderr[-2000:]}"
        )
    return records


def analyze_corpus(paths, command, blocksize="32MiB", timeout=1800):
    """The job as a lazy dask.bag of JSON record lines: read the corpus, pipe each partition through byline."""
    lines = dask.bag.read_text(paths, blocksize=blocksize, linedelimiter="\n", encoding="utf-8")
    return lines.map_partitions(pipe_partition, command, timeout)


def connect(stack, args):
    """A client of the named scheduler, or of a local cluster of worker processes that listens on 127.0.0.1 only."""
    if args.scheduler or args.scheduler_file:
        return stack.enter_context(Client(args.scheduler, scheduler_file=args.scheduler_file))
    cluster = stack.enter_context(
        LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None)
    )
    return stack.enter_context(Client(cluster))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="+", help="JSONL files or globs (any fsspec URL the workers can read)")
    parser.add_argument("--out", required=True, help="output folder: one part-N.jsonl per partition")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
    parser.add_argument("--scheduler-file", help="the file `dask scheduler --scheduler-file` wrote (e.g. under Slurm)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster (default 2)")
    parser.add_argument("--byline", default=f"node {shlex.quote(DEFAULT_BYLINE)}", help="the byline command on the workers")
    parser.add_argument("--blocksize", default="32MiB", help="bytes of JSONL per partition (default 32MiB)")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds one partition may take (default 1800)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    with contextlib.ExitStack() as stack:
        connect(stack, args)
        job = analyze_corpus(args.corpus, shlex.split(args.byline), args.blocksize, args.timeout)
        written = job.to_textfiles(os.path.join(args.out, "part-*.jsonl"), encoding="utf-8", last_endline=True)
    print(f"{len(written)} partitions analysed into {args.out} in {time.monotonic() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
