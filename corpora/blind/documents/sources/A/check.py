import sys, zipfile, re
from lxml import etree
W='{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
for f in sys.argv[1:]:
    z=zipfile.ZipFile(f)
    print('=====',f)
    for n in z.namelist():
        if n.endswith('.xml') or n.endswith('.rels'):
            x=z.read(n).decode('utf8')
            if n=='docProps/core.xml':
                print('CORE:', re.sub(r'<[^>]+>',' | ',x)[-700:])
            if n.startswith('word/header') or n.startswith('word/footer'):
                print(n, re.sub(r'<[^>]+>','',x)[:200])
            if n=='word/comments.xml':
                print('COMMENTS:', re.findall(r'w:author="([^"]+)"',x), re.sub(r'<[^>]+>',' ',x)[-600:])
            if n=='word/_rels/document.xml.rels':
                print('LINKS:', re.findall(r'Target="(http[^"]+)"',x))
            if n=='word/document.xml':
                print('DEL:', re.findall(r'<w:delText[^>]*>([^<]*)',x))
                print('INS count', x.count('<w:ins '), 'authors', set(re.findall(r'w:ins [^>]*w:author="([^"]+)"',x)))
    from docx import Document
    d=Document(f); print('reopen ok', len(d.paragraphs))
