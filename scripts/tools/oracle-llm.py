#!/usr/bin/env python3
"""An OpenAI-compatible chat endpoint that answers from an acceptance set's ground truth.

It checks the LLM plumbing end to end (classification, per-page extraction with grounding and
reconciliation, mapping, explanation) without a real model: point the service at it with
OPENAI_BASE_URL=http://127.0.0.1:PORT/v1 and score the set; the results must equal rules mode.

    scripts/tools/oracle-llm.py --set ../shared/acceptance/dev --port 8599

--image-truth FILE answers every page-image request (image content) with the rows of that one
expected/*.json (a page's rows are the items of bill N on page N when the truth splits bills, else
all on page 1); with --image-wrong the figures are plausible but wrong (+7 %).
--delay S answers each call after S seconds (the added wall time of LLM mode, measured by
scripts/tools/llm-added-time.py); --port 0 takes a free port and prints it.
"""
import argparse
import json
import re
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def words(text):
    return set(re.findall(r"[a-z0-9]+", text.lower()))


class Oracle:
    def __init__(self, set_dir):
        self.bills = [json.loads(p.read_text()) for p in sorted(Path(set_dir, "expected").glob("*.json"))]

    def bill_for(self, text):
        """The expected bill whose line descriptions the text contains best."""
        seen = words(text)
        best, best_score = None, 0.0
        for bill in self.bills:
            items = bill.get("lineItems") or []
            if not items:
                continue
            hits = sum(1 for it in items if words(it["description"]) <= seen)
            score = hits / len(items)
            if score > best_score:
                best, best_score = bill, score
        return best if best_score >= 0.3 else None

    def classify(self, text):
        bill = self.bill_for(text)
        kind = bill["documentType"] if bill else "not_a_bill"
        return {"documentType": kind, "reason": "oracle"}

    def extract(self, page, text):
        bill = self.bill_for(text)
        rows = []
        summary = {"subtotal": "", "discount": "", "tax": "", "total": ""}
        if bill:
            seen = words(text)
            for it in bill["lineItems"]:
                if words(it["description"]) <= seen:
                    rows.append({"description": it["description"], "date": it.get("date") or "",
                                 "quantity": fmt_qty(it["quantity"]), "unitPrice": f"{it['unitPrice']:.2f}",
                                 "amount": f"{it['amount']:.2f}", "category": "other", "page": page})
            totals = bill.get("totals") or {}
            if totals.get("statedTotal") is not None and ("total" in text.lower() or "payable" in text.lower()):
                summary["total"] = f"{totals['statedTotal']:.2f}"
                if totals.get("discount"):
                    summary["discount"] = f"{totals['discount']:.2f}"
                if totals.get("tax"):
                    summary["tax"] = f"{totals['tax']:.2f}"
        return {"rows": rows, "summary": summary}

    @staticmethod
    def explain(_facts):
        return {"explanation": "The audit's findings are listed below with the amounts the rules computed.",
                "recommendations": ["Ask the hospital's billing desk to review the findings."],
                "disputeLetter": "Dear Billing Desk,\n\n[Patient name] asks you to review the bill.\n"}


class ImageTruth:
    def __init__(self, path, wrong):
        self.bill = json.loads(Path(path).read_text())
        self.wrong = wrong

    def extract(self, page):
        items = self.bill["lineItems"]
        if any("bill" in it for it in items):
            items = [it for it in items if it.get("bill") == page]
        elif page != 1:
            items = []
        rows = []
        for it in items:
            amount = it["amount"] * (1.07 if self.wrong else 1)
            unit = it.get("unitPrice")
            rows.append({"description": it["description"], "date": it.get("date") or "",
                         "quantity": fmt_qty(it["quantity"]), "unitPrice": "" if unit is None else f"{unit * (1.07 if self.wrong else 1):.2f}",
                         "amount": f"{amount:.2f}", "category": "medicine", "page": page})
        total = (self.bill.get("totals") or {}).get("statedTotal")
        total = "" if total is None or page != 1 else f"{total * (1.07 if self.wrong else 1):.2f}"
        return {"rows": rows, "summary": {"subtotal": "", "discount": "", "tax": "", "total": total}}


def fmt_qty(q):
    return str(int(q)) if float(q).is_integer() else str(q)


def answer_for(oracle, messages, image_truth=None):
    user = next(m["content"] for m in reversed(messages) if m["role"] == "user")
    if isinstance(user, list) and any(part.get("type") == "image_url" for part in user):
        text = " ".join(part.get("text", "") for part in user)
        page = int(re.match(r"Page (\d+) of the document", text).group(1))
        return image_truth.extract(page) if image_truth else {"rows": [], "summary": {}}
    if isinstance(user, list):
        user = " ".join(part.get("text", "") for part in user)
    body = user.split("<<<", 1)[1].rsplit(">>>", 1)[0] if "<<<" in user else user
    if user.startswith("Document text:"):
        if image_truth:
            return {"documentType": image_truth.bill["documentType"], "reason": "truth file"}
        return oracle.classify(body)
    match = re.match(r"Page (\d+) of the document", user)
    if match:
        return oracle.extract(int(match.group(1)), body)
    if user.startswith("Analysis:"):
        return {"answer": "The audit's findings list what can be recovered.", "lineItems": [], "findings": []}
    if user.startswith("Bill lines"):
        return {"mappings": []}  # the oracle does not map: the rules' matches stand
    return oracle.explain(user)


def handler(oracle, delay, image_truth):
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            time.sleep(delay)
            content = json.dumps(answer_for(oracle, request["messages"], image_truth))
            body = json.dumps({"id": "oracle", "object": "chat.completion", "created": 0, "model": request.get("model"),
                               "choices": [{"index": 0, "finish_reason": "stop",
                                            "message": {"role": "assistant", "content": content}}],
                               "usage": {"prompt_tokens": len(str(request)) // 4, "completion_tokens": len(content) // 4,
                                         "total_tokens": (len(str(request)) + len(content)) // 4}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return Handler


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", required=True)
    parser.add_argument("--port", type=int, default=8599)
    parser.add_argument("--delay", type=float, default=0.0)
    parser.add_argument("--image-truth")
    parser.add_argument("--image-wrong", action="store_true")
    args = parser.parse_args()
    image_truth = ImageTruth(args.image_truth, args.image_wrong) if args.image_truth else None
    server = ThreadingHTTPServer(("127.0.0.1", args.port), handler(Oracle(args.set), args.delay, image_truth))
    print(f"oracle on http://127.0.0.1:{server.server_address[1]}/v1", flush=True)
    server.serve_forever()
