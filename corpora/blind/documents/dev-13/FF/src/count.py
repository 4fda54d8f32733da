import sys, docx, re
for f in sys.argv[1:]:
    if f.endswith('.docx'):
        d=docx.Document(f); t=[p.text for p in d.paragraphs]
        for tb in d.tables:
            for r in tb.rows:
                for c in r.cells: t.append(c.text)
        txt="\n".join(t)
    else: txt=open(f).read()
    print(f, len(txt.split()), {w: len(re.findall(r'\b%s\b'%w, txt)) for w in sys.argv[0:0]})
