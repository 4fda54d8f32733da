import sys, zipfile, re
z=zipfile.ZipFile(sys.argv[1])
for n in z.namelist():
    if n.endswith('.xml') or n.endswith('.rels'):
        x=z.read(n).decode('utf8')
        if n in ('word/document.xml',): 
            continue
        t=re.sub(r'<[^>]+>',' ',x)
        t=re.sub(r'\s+',' ',t).strip()
        if n.startswith('word/comments') or n.startswith('docProps') or 'header' in n or 'footer' in n:
            print('==',n,':',t[:600])
        if n.endswith('document.xml.rels'):
            print('== rels:', re.findall(r'Target="(http[^"]+)"',x))
x=z.read('word/document.xml').decode()
print('ins',x.count('<w:ins '),'del',x.count('<w:del '), 'delText:',re.findall(r'<w:delText[^>]*>([^<]*)',x))
import docx; d=docx.Document(sys.argv[1]); print('reopen ok, paras',len(d.paragraphs),'tables',len(d.tables), 'styles', sorted({p.style.name for p in d.paragraphs}))
