"""npm run test:scale: the Dask job of scripts/dask_analyze.py on a local cluster of 2 worker processes (127.0.0.1
only) over a JSONL corpus of samples/ with malformed lines mixed in, checked against a single-process
`byline analyze samples --jsonl`. Prints one line per check, then "N passed, N failed"."""
import json
import os
import subprocess
import sys
import tempfile
import traceback

from distributed import Client, LocalCluster, wait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import dask_analyze  # noqa: E402  (the job under test, beside the other scripts)

BYLINE = ["node", os.path.join(ROOT, "dist", "cli.js")]
SAMPLES = os.path.join(ROOT, "samples")
# one of each way a line can fail: cut JSON, no text, not an object, a publication date that is not one
MALFORMED = [
    '{"id": "cut-off", "text": "Harbour',
    '{"id": "no-text", "title": "Ferry fares"}',
    '["not", "a", "document"]',
    '{"id": "bad-date", "text": "Ferry fares rise.", "published": "31/02/2026"}',
]
MALFORMED_IDS = [None, "no-text", None, "bad-date"]
TIMEOUT = 300


def canonical(record):
    return json.dumps(record, sort_keys=True, ensure_ascii=False)


def single_process_records():
    run = subprocess.run([*BYLINE, "analyze", SAMPLES, "--jsonl"], capture_output=True, encoding="utf-8", timeout=TIMEOUT, check=True)
    return [json.loads(line) for line in run.stdout.split("\n") if line]


def write_corpus(folder):
    """The samples as {"id", "path", "text"} lines (path as the file run prints it), a malformed line after each."""
    lines = []
    names = sorted(name for name in os.listdir(SAMPLES) if name.endswith(".txt"))
    for index, name in enumerate(names):
        path = os.path.join(SAMPLES, name)
        with open(path, encoding="utf-8", newline="") as file:  # newline="": CRLF kept, as byline reads it
            lines.append(json.dumps({"id": name[: -len(".txt")], "path": path, "text": file.read()}))
        lines.append(MALFORMED[index % len(MALFORMED)])
    lines.extend(MALFORMED[len(names):])
    lines.append("")
    corpus = os.path.join(folder, "corpus.jsonl")
    with open(corpus, "w", encoding="utf-8") as file:
        file.write("\n".join(lines) + "\n")
    return corpus, len(names)


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print(f"ok      {name}")
        else:
            self.failed += 1
            print(f"FAILED  {name}{': ' + detail if detail else ''}")


def run_checks(checks, folder):
    corpus, documents = write_corpus(folder)
    expected = {canonical(record) for record in single_process_records()}
    checks.check(f"single-process run analyses the {documents} samples", len(expected) == documents, f"{len(expected)} records")
    # a quarter of the file per block: samples and malformed lines share partitions, spread over both workers
    blocksize = os.path.getsize(corpus) // 4 + 1
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None,
                           local_directory=folder)
    with cluster, Client(cluster) as client:
        workers = client.scheduler_info()["workers"]
        addresses = [client.scheduler.address, *workers]
        checks.check("2 worker processes, scheduler and workers on 127.0.0.1 only",
                     len(workers) == 2 and all(address.startswith("tcp://127.0.0.1:") for address in addresses),
                     ", ".join(addresses))
        job = dask_analyze.analyze_corpus(corpus, BYLINE, blocksize=blocksize, timeout=TIMEOUT).persist()
        wait(job, timeout=TIMEOUT)
        holders = {worker for keys in client.who_has(job).values() for worker in keys}
        checks.check("the corpus is split into 3 partitions or more, run on both workers",
                     job.npartitions >= 3 and len(holders) == 2, f"{job.npartitions} partitions on {len(holders)} workers")
        output = [json.loads(line) for line in job.compute()]
        checks.check("one output record per input line", len(output) == documents + len(MALFORMED), f"{len(output)} records")
        analysed = {canonical(record) for record in output if "error" not in record}
        checks.check("analysis records equal the single-process run's, as a set", analysed == expected,
                     f"{len(analysed - expected)} unexpected, {len(expected - analysed)} missing")
        errors = [record for record in output if "error" in record]
        checks.check("each malformed line is an error record {id, line, error}, no partition lost",
                     sorted(map(str, (record["id"] for record in errors))) == sorted(map(str, MALFORMED_IDS))
                     and all(isinstance(record["line"], int) and record["error"] for record in errors),
                     canonical(errors))
        run_job_command(checks, client.scheduler.address, corpus, blocksize, output, folder)


def run_job_command(checks, scheduler, corpus, blocksize, output, folder):
    """The job's command line against the running scheduler, as on a real cluster: same records, one file each."""
    out = os.path.join(folder, "out")
    command = [sys.executable, os.path.join(ROOT, "scripts", "dask_analyze.py"), corpus, "--scheduler", scheduler,
               "--out", out, "--blocksize", str(blocksize)]
    run = subprocess.run(command, capture_output=True, encoding="utf-8", timeout=TIMEOUT)
    written = []
    for name in sorted(os.listdir(out)) if os.path.isdir(out) else []:
        with open(os.path.join(out, name), encoding="utf-8") as file:
            written.extend(json.loads(line) for line in file.read().split("\n") if line)
    checks.check("scripts/dask_analyze.py --scheduler writes the same records as part files",
                 run.returncode == 0 and sorted(map(canonical, written)) == sorted(map(canonical, output)),
                 f"exit {run.returncode}, {len(written)} records; {run.stderr[-500:]}")


def main():
    checks = Checks()
    with tempfile.TemporaryDirectory(prefix="byline-scale-") as folder:
        try:
            run_checks(checks, folder)
        except Exception:
            traceback.print_exc()
            checks.check("the Dask job ran to the end", False)
    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
