#!/usr/bin/env python3
"""Wall time of analysing one text bill on a running server: the median of N uploads, each made
unique by a trailing word so that no cached model answer serves it. Run it once against a server
in rules mode and once against one in LLM mode (OPENAI_BASE_URL at scripts/tools/oracle-llm.py
--delay 1) and subtract: that is the wall time LLM mode adds.

    scripts/tools/llm-added-time.py --url http://127.0.0.1:18107 --key K --bill ../shared/acceptance/dev/bills/dev-004.txt
"""
import argparse
import json
import statistics
import string
import time
import urllib.request
import uuid


def upload(url, key, content):
    boundary = "----t" + uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bill.txt\"\r\n"
            f"Content-Type: text/plain\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(url + "/v1/analyses?wait=60", data=body, method="POST", headers={
        "Authorization": "Bearer " + key, "Content-Type": "multipart/form-data; boundary=" + boundary})
    start = time.monotonic()
    with urllib.request.urlopen(request, timeout=120) as response:
        analysis = json.loads(response.read())
    return time.monotonic() - start, analysis


def unique_word(n):
    letters = string.ascii_lowercase
    return "".join(letters[(n // 26 ** i) % 26] for i in range(4))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--bill", required=True)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    bill = open(args.bill, "rb").read()
    seed = int(time.time())
    times = []
    for i in range(args.runs + 1):
        seconds, analysis = upload(args.url, args.key, bill + f"\nPrinted copy {unique_word(seed + i)}\n".encode())
        if i > 0:  # the first warms the server up
            times.append(seconds)
        modes = ",".join(f"{a['name']}={a['status']}/{a['mode']}" for a in analysis.get("agents", []))
    print(f"median {statistics.median(times):.3f} s over {len(times)} runs "
          f"(min {min(times):.3f}, max {max(times):.3f}); status {analysis['status']}; agents {modes}")


if __name__ == "__main__":
    main()
