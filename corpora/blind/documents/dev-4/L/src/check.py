import sys, re, zipfile
from docx import Document
for f in ['L01.docx','L02.docx','src/L04.docx','L06.docx']:
    d = Document(f)
    z = zipfile.ZipFile(f)
    xml = z.read('word/document.xml').decode()
    body = ' '.join(p.text for p in d.paragraphs)
    tbl = ' '.join(c.text for t in d.tables for r in t.rows for c in r.cells)
    words = len((body+' '+tbl).split())
    dels = re.findall(r'<w:delText[^>]*>(.*?)</w:delText>', xml)
    ins = re.findall(r'<w:ins [^>]*>.*?<w:t[^>]*>(.*?)</w:t>', xml)
    coms = [(c.author, c.text) for c in d.comments] if hasattr(d,'comments') else []
    rels = [r.target_ref for r in d.part.rels.values() if r.is_external]
    cp = d.core_properties
    print(f, 'words', words, 'H1', sum(p.style.name=='Heading 1' for p in d.paragraphs))
    print('  del', dels, 'ins', ins); print('  comments', coms); print('  links', rels)
    print('  header', d.sections[0].header.paragraphs[0].text, '| footer', d.sections[0].footer.paragraphs[0].text)
    print('  props', cp.title, '|', cp.subject, '|', cp.keywords, '|', cp.comments, '|', cp.author, cp.last_modified_by, cp.category)
