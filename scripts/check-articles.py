#!/usr/bin/env python3
"""Quick structural check of knowledge-base articles for writers (the real validation runs at ingest)."""
import sys, re, yaml, pathlib, datetime
REQ = ["id", "title", "category", "department", "source", "reviewed", "keywords", "synonyms", "questions", "answer_voice", "answer_en"]
H2 = ["## 무엇인가요", "## 누가 이용할 수 있나요", "## 신청 방법과 준비물", "## 요금과 기한", "## 문의처"]
bad = 0
for p in sys.argv[1:]:
    path = pathlib.Path(p)
    text = path.read_text(encoding="utf-8")
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
    errs = []
    if not m:
        errs.append("no front-matter")
    else:
        fm = yaml.safe_load(m.group(1)); body = m.group(2)
        for k in REQ:
            if k not in fm or fm[k] in (None, "", []): errs.append(f"missing {k}")
        if fm.get("id") != path.stem: errs.append("id != file name")
        if fm.get("category") != path.parent.name: errs.append("category != folder")
        if len(fm.get("questions") or []) < 6: errs.append("fewer than 6 questions")
        if not str(fm.get("source", "")).startswith("http"): errs.append("source is not a URL")
        if not isinstance(fm.get("reviewed"), (datetime.date, str)): errs.append("reviewed not a date")
        av = str(fm.get("answer_voice", ""))
        if "http" in av or "(" in av or "*" in av: errs.append("answer_voice has URL/parenthesis/markdown")
        pos = -1
        for h in H2:
            i = body.find("\n" + h + "\n")
            if i < 0: errs.append(f"missing section {h}")
            elif i < pos: errs.append(f"section out of order {h}")
            pos = max(pos, i)
        words = len(re.sub(r"[#*|`>-]", " ", body).split())
        if words < 300: errs.append(f"body only {words} words")
        print(f"{path}: {words} words, {len(fm.get('questions') or [])} questions" + ("" if not errs else "  ERRORS: " + "; ".join(errs)))
    if errs: bad += 1
sys.exit(1 if bad else 0)
