"""Dump every text-bearing part of a docx (body, tables, headers, footers, comments, ins/del, props, link targets)."""
import sys, zipfile, re
from lxml import etree
z = zipfile.ZipFile(sys.argv[1])
for n in z.namelist():
    if n.endswith('.xml') or n.endswith('.rels'):
        data = z.read(n)
        if n.endswith('.rels'):
            for m in re.finditer(rb'Target="(http[^"]+)"', data):
                print('[LINK]', n, m.group(1).decode())
            continue
        if any(k in n for k in ('document', 'header', 'footer', 'comments', 'core', 'app')):
            t = etree.fromstring(data)
            txt = ' '.join(x for x in t.itertext() if x.strip())
            print('[%s]' % n, txt[:100000])
