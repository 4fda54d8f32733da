import re, sys, zipfile
from docx import Document
def alltext(f):
    if f.endswith('.docx'):
        z = zipfile.ZipFile(f); out=[]
        for n in z.namelist():
            if n.endswith('.xml') or n.endswith('.rels'):
                x = z.read(n).decode('utf8','ignore')
                out += re.findall(r'>([^<>]+)<', x)
                out += re.findall(r'Target="([^"]+)"', x)
        return ' '.join(out)
    return open(f, encoding='utf8').read()
for f in sys.argv[1:]:
    t = alltext(f)
    caps = sorted(set(re.findall(r"\b[A-Z][a-zA-Z'\-\.]+(?:\s+[A-Z][a-zA-Z'\-]+)*", t)))
    nums = sorted(set(re.findall(r"[^\s]*\d[^\s]*", t)))
    print('=====', f); print(caps); print(nums)
