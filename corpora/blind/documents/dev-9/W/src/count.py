import sys, docx
from docx.oxml.ns import qn
d=docx.Document(sys.argv[1])
body=d.element.body
txt=[]
for t in body.iter():
    if t.tag in (qn('w:t'),qn('w:delText')): txt.append(t.text or '')
print(sys.argv[1], len(' '.join(txt).split()))
