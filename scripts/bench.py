#!/usr/bin/env python3
"""Benchmark driver for scripts/bench (standard library only).

Loads the set's scheme, uploads every bill `rounds` times with `concurrency` clients, and reports
latency per format (p50/p95/max), throughput, OCR pages per second per core and each agent's
share of analysis time, both read back from /metrics, and the server's peak resident memory and
heap while the bills ran (sampled from /metrics).
"""
import argparse, concurrent.futures, json, os, re, statistics, sys, threading, time, urllib.request, uuid

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
    a = ap.parse_args()
    base = a.url.rstrip("/")
    manifest = json.load(open(os.path.join(a.set, "manifest.json")))
    call("PUT", base + "/v1/schemes/BENCH", a.key, json.dumps({"name": "Benchmark", "currency": "INR", "overchargeTolerance": 0.10}).encode(), "application/json")
    call("POST", base + "/v1/schemes/BENCH/tariffs", a.key, open(os.path.join(a.set, "tariff.csv"), "rb").read(), "text/csv")
    call("POST", base + "/v1/schemes/BENCH/non-payable", a.key, open(os.path.join(a.set, "non_payable.csv"), "rb").read(), "text/csv")
    jobs = [b for _ in range(a.rounds) for b in manifest["bills"]]
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
    t0 = time.time()
    with concurrent.futures.ThreadPoolExecutor(a.concurrency) as pool:
        results = list(pool.map(one, jobs))
    wall = time.time() - t0
    done.set()
    sampler.join()
    after = metrics(base)

    by_format = {}
    for fmt, secs, state in results:
        by_format.setdefault(fmt, []).append(secs)
    print(f"{len(results)} analyses in {wall:.1f}s with {a.concurrency} clients: {len(results) / wall:.2f}/s; "
          f"not completed: {sum(1 for r in results if r[2] != 'completed')}")
    for fmt, lat in sorted(by_format.items()):
        print(f"  {fmt:<10} n={len(lat):<3} p50={statistics.median(lat):.2f}s p95={pct(lat, 0.95):.2f}s max={max(lat):.2f}s")
    print(f"memory: peak resident {peak[rss] / 2**20:.0f} MiB, peak heap used {peak[heap] / 2**20:.0f} MiB (sampled every 0.5 s)")

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

if __name__ == "__main__":
    sys.exit(main())
