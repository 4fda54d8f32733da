import sys, zipfile, re
from docx import Document
for f in sys.argv[1:]:
    d = Document(f); cp = d.core_properties
    print("==", f, "| props:", cp.title, "|", cp.subject, "|", cp.keywords, "|", cp.comments, "|", cp.author, "|", cp.last_modified_by, "|", cp.category)
    z = zipfile.ZipFile(f)
    doc = z.read("word/document.xml").decode()
    print("  dels:", re.findall(r"<w:delText[^>]*>(.*?)</w:delText>", doc))
    print("  ins:", re.findall(r"<w:ins [^>]*>.*?<w:t[^>]*>(.*?)</w:t>", doc))
    rels = z.read("word/_rels/document.xml.rels").decode()
    print("  links:", re.findall(r'Target="(http[^"]+)"', rels))
    if "word/comments.xml" in z.namelist():
        c = z.read("word/comments.xml").decode()
        print("  comments:", re.findall(r'w:author="([^"]+)"', c), re.findall(r"<w:t[^>]*>(.*?)</w:t>", c))
    for s in d.sections:
        print("  header:", [p.text for p in s.header.paragraphs], "footer:", [p.text for p in s.footer.paragraphs])
    print("  headings:", [p.style.name for p in d.paragraphs if p.style.name.startswith("Heading")][:3], "TOC" in doc and "instrText" in doc)
