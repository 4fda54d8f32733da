import zipfile, re, json, subprocess, sys, html
def docx_text(f):
    z = zipfile.ZipFile(f); out=[]
    for n in z.namelist():
        if n.endswith(".xml") or n.endswith(".rels"):
            x = z.read(n).decode("utf-8")
            out.append(html.unescape(re.sub(r"<[^>]+>", " ", x)))
            out += [html.unescape(t) for t in re.findall(r'Target="([^"]*)"', x)]
            out += re.findall(r'w:author="([^"]*)"', x)
    return " ".join(out)
gold=[json.loads(l) for l in open("gold.jsonl")]
for g in gold:
    f=g["file"]
    if f.endswith(".docx"): t=docx_text(f)
    elif f.endswith(".pdf"): t=subprocess.run(["pdftotext",f,"-"],capture_output=True,text=True).stdout
    else: t=open(f).read()
    tl=" ".join(t.split()).lower()
    miss=[i["text"] for i in g["identifiers"] if " ".join(i["text"].split()).lower() not in tl]
    print(f, "missing:", miss)
    dates=set(re.findall(r"\b\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b", t))
    print("  day-dates:", dates)
    print("  digits:", sorted(set(re.findall(r"\b[\w/-]*\d{4,}[\w/-]*\b", t)))[:40])
    open("/tmp/y_"+f+".txt","w").write(t)
