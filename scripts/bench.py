#!/usr/bin/env python3
"""Benchmark driver for scripts/bench (standard library only).

Loads the set's scheme, uploads every bill `rounds` times with `concurrency` clients, and reports
latency per format (p50/p95/max), throughput, OCR pages per second per core and each agent's
share of analysis time, both read back from /metrics, and the server's peak resident memory and
heap while the bills ran (sampled from /metrics).

Two more phases, each a ratio from one run on one machine:
  --text-seconds S  a fixed-concurrency load (--text-clients, default 8) of the set's text bills for S
                    seconds: analyses per second, p50/p95, errors and the server's CPU seconds per bill;
  --real-pages IDS  dense real scanned PDFs (../shared/acceptance/real/bills/ID.pdf): the server's CPU
                    seconds per page beside the plain tesseract CLI on the same pages (pdftoppm -r 300,
                    OMP_THREAD_LIMIT=1), measured as CPU time of the child processes.
CPU seconds come from the server's process_cpu_seconds_total, so run it with the machine otherwise idle.
"""
import argparse, concurrent.futures, glob, json, os, re, resource, shutil, statistics, subprocess, sys, tempfile, threading, time, urllib.request, uuid

def call(method, url, key, body=None, ctype=None, timeout=300):
    headers = {"Authorization": "Bearer " + key} if key else {}
    if ctype:
        headers["Content-Type"] = ctype
    req = urllib.request.Request(url, data=body, method=method, headers=headers)
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return resp.status, resp.read()

def multipart(fields, name, content):
    b = "----bench" + uuid.uuid4().hex
    out = bytearray()
    for k, v in fields.items():
        out += f"--{b}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n".encode()
    out += f"--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\r\n".encode()
    out += content + f"\r\n--{b}--\r\n".encode()
    return bytes(out), "multipart/form-data; boundary=" + b

def metrics(url):
    _, body = call("GET", url + "/metrics", None)
    values = {}
    for line in body.decode().splitlines():
        m = re.match(r'^([a-zA-Z_:][\w:]*)(\{[^}]*\})?\s+([-+\d.eE]+|NaN)$', line)
        if m:
            values[m.group(1) + (m.group(2) or "")] = float(m.group(3))
    return values

def delta(after, before, prefix):
    return {k: after[k] - before.get(k, 0.0) for k in after if k.startswith(prefix)}

def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--key", default=os.environ.get("BENCH_KEY", ""))
    ap.add_argument("--set", default=os.path.join(here, "..", "..", "shared", "acceptance", "dev"))
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--concurrency", type=int, default=2)
    ap.add_argument("--text-seconds", type=float, default=0)
    ap.add_argument("--text-clients", type=int, default=8)
    ap.add_argument("--real-pages", default="", help="comma list of real scanned PDFs, e.g. ext-001,ext-022")
    ap.add_argument("--real-set", default=os.path.join(here, "..", "..", "shared", "acceptance", "real"))
    a = ap.parse_args()
    base = a.url.rstrip("/")
    manifest = json.load(open(os.path.join(a.set, "manifest.json")))
    call("PUT", base + "/v1/schemes/BENCH", a.key, json.dumps({"name": "Benchmark", "currency": "INR", "overchargeTolerance": 0.10}).encode(), "application/json")
    call("POST", base + "/v1/schemes/BENCH/tariffs", a.key, open(os.path.join(a.set, "tariff.csv"), "rb").read(), "text/csv")
    call("POST", base + "/v1/schemes/BENCH/non-payable", a.key, open(os.path.join(a.set, "non_payable.csv"), "rb").read(), "text/csv")
    jobs = [b for _ in range(a.rounds) for b in manifest["bills"]]
    print(f"idle: resident {metrics(base).get('process_resident_memory_bytes', 0) / 2**20:.0f} MiB")
    before = metrics(base)

    def one(bill):
        body, ctype = multipart({"scheme": "BENCH"}, bill["file"], open(os.path.join(a.set, "bills", bill["file"]), "rb").read())
        t0 = time.time()
        status, data = call("POST", base + "/v1/analyses?wait=60", a.key, body, ctype)
        state = json.loads(data).get("status")
        return bill["format"], time.time() - t0, state

    rss, heap = "process_resident_memory_bytes", 'jvm_memory_bytes_used{area="heap",}'
    peak = {rss: 0.0, heap: 0.0}
    done = threading.Event()

    def sample_memory():
        while not done.wait(0.5):
            values = metrics(base)
            for k in peak:
                peak[k] = max(peak[k], values.get(k, 0.0))

    sampler = threading.Thread(target=sample_memory, daemon=True)
    sampler.start()
    if jobs:
        rounds(base, a, jobs, one, before)
    if a.text_seconds > 0:
        text_load(base, a, manifest)
    if a.real_pages:
        real_pages(base, a)
    done.set()
    sampler.join()
    hwm = peak_rss_kept_by_kernel()
    print(f"memory over the whole run: peak resident {peak[rss] / 2**20:.0f} MiB sampled every 0.5 s"
          + (f", {hwm / 2**20:.0f} MiB the kernel's high-water mark" if hwm else "")
          + f"; peak heap used {peak[heap] / 2**20:.0f} MiB (sampled)")


def peak_rss_kept_by_kernel():
    """VmHWM of the server the bench started (BENCH_PID): unlike sampling, it misses no short peak."""
    try:
        with open(f"/proc/{int(os.environ['BENCH_PID'])}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (KeyError, ValueError, OSError):
        pass
    return 0


def rounds(base, a, jobs, one, before):
    """Every bill of the set `rounds` times with `concurrency` clients: latency per format, OCR and agent shares."""
    t0 = time.time()
    with concurrent.futures.ThreadPoolExecutor(a.concurrency) as pool:
        results = list(pool.map(one, jobs))
    wall = time.time() - t0
    after = metrics(base)

    by_format = {}
    for fmt, secs, state in results:
        by_format.setdefault(fmt, []).append(secs)
    print(f"{len(results)} analyses in {wall:.1f}s with {a.concurrency} clients: {len(results) / wall:.2f}/s; "
          f"not completed: {sum(1 for r in results if r[2] != 'completed')}")
    for fmt, lat in sorted(by_format.items()):
        print(f"  {fmt:<10} n={len(lat):<3} p50={statistics.median(lat):.2f}s p95={pct(lat, 0.95):.2f}s max={max(lat):.2f}s")

    pages = sum(v for k, v in delta(after, before, "ocr_pages_total").items() if 'source="ocr"' in k)
    ocr_secs = sum(delta(after, before, "ocr_page_seconds_sum").values())
    if pages:
        print(f"OCR: {pages:.0f} pages, {ocr_secs / pages:.2f} s/page on one engine = {pages / ocr_secs:.2f} pages/s/core")
    agent_secs = {re.search(r'agent_id="([^"]+)"', k).group(1): v
                  for k, v in delta(after, before, "medical_analysis_duration_seconds_sum").items() if "agent_id" in k}
    total = sum(agent_secs.values())
    if total:
        print("agent time shares: " + ", ".join(f"{k} {100 * v / total:.1f}%" for k, v in sorted(agent_secs.items(), key=lambda kv: -kv[1])))
        if "intake" in agent_secs and pages:
            print(f"OCR share of analysis time (intake agent): {100 * agent_secs['intake'] / total:.1f}%")


def upload(base, key, name, content, wait=60, until_finished=False):
    """Seconds until the analysis answered (or, with until_finished, finished) and whether it completed."""
    body, ctype = multipart({"scheme": "BENCH"}, name, content)
    t0 = time.time()
    try:
        status, data = call("POST", base + f"/v1/analyses?wait={wait}", key, body, ctype)
        answer = json.loads(data)
        # a long document outlasts the wait: its CPU is only all spent once it has finished
        while until_finished and answer.get("status") in ("queued", "processing"):
            time.sleep(0.5)
            status, data = call("GET", base + "/v1/analyses/" + answer["id"], key)
            answer = json.loads(data)
        ok = status == 200 and answer.get("status") == "completed"
    except Exception:
        ok = False
    return time.time() - t0, ok


def cpu_seconds(base):
    return metrics(base).get("process_cpu_seconds_total", 0.0)


def text_load(base, a, manifest):
    """A fixed number of clients, each uploading text bills back to back for a fixed time."""
    bills = [(b["file"], open(os.path.join(a.set, "bills", b["file"]), "rb").read())
             for b in manifest["bills"] if b["format"] in ("txt", "pdf-text")]
    finished, errors, lock = [], [0], threading.Lock()   # (time answered, seconds) per analysis
    t0 = time.time()
    half_at, stop_at = t0 + a.text_seconds / 2, t0 + a.text_seconds
    cpu_half = []

    def client(i):
        n = i
        while time.time() < stop_at:
            name, content = bills[n % len(bills)]
            n += a.text_clients
            secs, ok = upload(base, a.key, name, content)
            with lock:
                finished.append((time.time(), secs))
                errors[0] += 0 if ok else 1

    def halfway():
        time.sleep(max(0.0, half_at - time.time()))
        cpu_half.append(cpu_seconds(base))

    cpu0 = cpu_seconds(base)
    marker = threading.Thread(target=halfway, daemon=True)
    marker.start()
    with concurrent.futures.ThreadPoolExecutor(a.text_clients) as pool:
        list(pool.map(client, range(a.text_clients)))
    wall, cpu1 = time.time() - t0, cpu_seconds(base)
    marker.join()
    latencies = [secs for _, secs in finished]
    n = len(latencies)
    print(f"text load: {a.text_clients} clients, {n} analyses in {wall:.1f}s = {n / wall:.1f}/s, "
          f"p50={statistics.median(latencies):.3f}s p95={pct(latencies, 0.95):.3f}s, errors={errors[0]}, "
          f"server CPU {1000 * (cpu1 - cpu0) / max(n, 1):.1f} ms per bill")
    # a fresh server compiles its hot code in the first half (JIT): both halves, so each is visible
    for label, since, until, cpu in (("first half", t0, half_at, cpu_half[0] - cpu0),
                                     ("second half", half_at, stop_at, cpu1 - cpu_half[0])):
        part = [secs for at, secs in finished if since <= at < until]
        if part:
            print(f"  {label}: {len(part) / (until - since):.1f}/s, p50={statistics.median(part):.3f}s "
                  f"p95={pct(part, 0.95):.3f}s, server CPU {1000 * cpu / len(part):.1f} ms per bill")


def real_pages(base, a):
    """Server CPU per dense real page beside the tesseract CLI's on the same rendered pages."""
    if not (shutil.which("pdftoppm") and shutil.which("tesseract")):
        print("real pages: pdftoppm and tesseract are needed (scripts/bench installs poppler-utils and tesseract-ocr)")
        return
    total_pages, total_server, total_cli = 0, 0.0, 0.0
    for doc in a.real_pages.split(","):
        path = os.path.join(a.real_set, "bills", doc + ".pdf")
        content = open(path, "rb").read()
        cpu0 = cpu_seconds(base)
        secs, ok = upload(base, a.key, doc + ".pdf", content, wait=60, until_finished=True)
        server_cpu = cpu_seconds(base) - cpu0
        with tempfile.TemporaryDirectory() as tmp:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run(["pdftoppm", "-r", "300", "-png", path, os.path.join(tmp, "p")], check=True)
            pages = sorted(glob.glob(os.path.join(tmp, "p*.png")))
            for page in pages:
                subprocess.run(["tesseract", page, "-", "--psm", "6"], check=True, capture_output=True,
                               env=dict(os.environ, OMP_THREAD_LIMIT="1"))
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cli_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        n = len(pages)
        print(f"real {doc}: {n} pages, server {server_cpu / n:.2f} CPU s/page (wall {secs:.1f}s, "
              f"{'completed' if ok else 'NOT completed'}), tesseract CLI {cli_cpu / n:.2f} CPU s/page, "
              f"ratio {server_cpu / max(cli_cpu, 1e-9):.2f}")
        total_pages, total_server, total_cli = total_pages + n, total_server + server_cpu, total_cli + cli_cpu
    if total_pages:
        print(f"real pages together: {total_pages} pages, server {total_server / total_pages:.2f} CPU s/page, "
              f"tesseract CLI {total_cli / total_pages:.2f} CPU s/page, ratio {total_server / max(total_cli, 1e-9):.2f}")


if __name__ == "__main__":
    sys.exit(main())
