import zipfile, re, sys
from lxml import etree
for f in sys.argv[1:]:
    z = zipfile.ZipFile(f)
    print('=====', f)
    for n in z.namelist():
        if n.endswith('.xml') or n.endswith('.rels'):
            x = z.read(n).decode('utf8')
            if n.endswith('.rels'):
                for m in re.findall(r'Target="(http[^"]+)"', x): print('LINK', n, m)
            elif n.startswith('docProps/core'):
                print('CORE', re.sub(r'<[^>]+>', ' | ', x)[-700:])
            elif n.startswith('word/header') or n.startswith('word/footer') or n == 'word/comments.xml':
                t = ''.join(re.findall(r'<w:t[^>]*>([^<]*)</w:t>', x))
                print('PART', n, t[:400])
                if n=='word/comments.xml': print('AUTHORS', set(re.findall(r'w:author="([^"]+)"', x)))
            elif n == 'word/document.xml':
                print('DEL', re.findall(r'<w:delText[^>]*>([^<]*)<', x))
                print('INS/DEL authors', set(re.findall(r'w:author="([^"]+)"', x)))
                print('STYLES', set(re.findall(r'<w:pStyle w:val="([^"]+)"', x)))
