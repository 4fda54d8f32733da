import json, zipfile, re, subprocess, html
def alltext(f):
    if f.endswith(".docx"):
        z = zipfile.ZipFile(f); parts = []
        for n in z.namelist():
            if n.endswith(".xml") or n.endswith(".rels"):
                x = z.read(n).decode("utf-8")
                parts.append(" ".join(re.findall(r">([^<]+)<", x)))
                parts += re.findall(r'Target="([^"]+)"', x)
        return html.unescape(" ".join(parts))
    if f.endswith(".pdf"):
        return subprocess.run(["pdftotext", f, "-"], capture_output=True, text=True).stdout + subprocess.run(["pdfinfo", f], capture_output=True, text=True).stdout
    return open(f, encoding="utf-8").read()
for line in open("gold.jsonl", encoding="utf-8"):
    r = json.loads(line); t = re.sub(r"\s+", " ", alltext(r["file"])).lower()
    miss = [i["text"] for i in r["identifiers"] if i["text"].lower() not in t]
    nmiss = [n for n in r["not_identifiers"] if n.lower() not in t]
    print(r["file"], len(r["identifiers"]), "missing ids:", miss, "| not_ids absent:", nmiss, "| elements:", len(r["elements"]))
