import sys, zipfile, re
from docx import Document
for f in sys.argv[1:]:
    d = Document(f)
    cp = d.core_properties
    print('==', f, '| title:', cp.title, '| subj:', cp.subject, '| kw:', cp.keywords, '| comments:', cp.comments, '| author:', cp.author, '| lmb:', cp.last_modified_by, '| cat:', cp.category)
    z = zipfile.ZipFile(f)
    x = z.read('word/document.xml').decode()
    print(' dels:', re.findall(r'<w:delText[^>]*>([^<]*)', x))
    print(' ins:', [m[:60] for m in re.findall(r'<w:ins [^>]*>.*?<w:t[^>]*>([^<]*)', x)])
    rels = z.read('word/_rels/document.xml.rels').decode()
    print(' links:', re.findall(r'Target="(http[^"]+|mailto[^"]+)"', rels))
    for n in z.namelist():
        if 'header' in n or 'footer' in n:
            t = re.findall(r'<w:t[^>]*>([^<]*)', z.read(n).decode())
            if t: print(' ', n, ''.join(t))
    if 'word/comments.xml' in z.namelist():
        c = z.read('word/comments.xml').decode()
        print(' comment authors:', re.findall(r'w:author="([^"]*)"', c))
        print(' comment text:', re.findall(r'<w:t[^>]*>([^<]*)', c))
    words = sum(len(p.text.split()) for p in d.paragraphs) + sum(len(c.text.split()) for t in d.tables for r in t.rows for c in r.cells)
    print(' words~', words, 'tables', len(d.tables), 'headings', sum(1 for p in d.paragraphs if p.style.name.startswith('Heading')))
