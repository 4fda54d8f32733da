import zipfile, re, sys
for f in sys.argv[1:]:
    z = zipfile.ZipFile(f)
    print("=====", f)
    for n in z.namelist():
        if n.endswith('.xml') or n.endswith('.rels'):
            x = z.read(n).decode('utf8')
            if n.startswith('word/document') or 'comments' in n or 'header' in n or 'footer' in n or 'core' in n or 'app.xml' in n or n.endswith('document.xml.rels'):
                t = re.sub(r'<w:delText[^>]*>', '[DEL:', x)
                t = re.sub(r'</w:delText>', ']', t)
                targets = re.findall(r'Target="(http[^"]+)"', x)
                t = re.sub(r'<[^>]+>', ' ', t)
                t = re.sub(r'\s+', ' ', t)
                if 'comments' in n:
                    auth = re.findall(r'w:author="([^"]+)"', x); print(n, 'authors', set(auth))
                if n=='word/document.xml':
                    print('rev authors', set(re.findall(r'w:author="([^"]+)"', x)))
                if 'core' in n or 'header' in n or 'footer' in n or 'comments' in n: print(n, t[:600])
                if targets: print(n, 'TARGETS', targets)
