import sys, zipfile, re
from docx import Document
for f in sys.argv[1:]:
    z = zipfile.ZipFile(f)
    names = z.namelist()
    body = z.read('word/document.xml').decode()
    txt = re.sub(r'<w:p[ >].*?</w:p>', lambda m: re.sub(r'<[^>]+>', '', m.group(0).replace('<w:delText','<x').replace('</w:delText>','')) + '\n', body, flags=re.S)
    txt = re.sub(r'<[^>]+>', '', txt)
    print('=====', f, 'words', len(txt.split()))
    for n in names:
        if n.startswith('word/header') or n.startswith('word/footer') or n=='word/comments.xml' or n=='docProps/core.xml':
            x = z.read(n).decode()
            print('--', n, re.sub(r'<[^>]+>', ' ', x).split())
        if n.endswith('.rels') and 'document' in n:
            x = z.read(n).decode()
            print('-- links', re.findall(r'Target="(http[^"]+)"', x))
    print('-- dels', re.findall(r'<w:delText[^>]*>(.*?)</w:delText>', body))
    print('-- comment authors', re.findall(r'w:author="([^"]+)"', z.read('word/comments.xml').decode()) if 'word/comments.xml' in names else None)
