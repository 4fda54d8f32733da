import json, zipfile, re, subprocess
def alltext(f):
    if f.endswith('.docx'):
        z=zipfile.ZipFile(f); out=[]
        for n in z.namelist():
            if n.endswith('.xml') or n.endswith('.rels'):
                x=z.read(n).decode('utf8'); out.append(re.sub(r'<[^>]+>',' ',x)); out+=re.findall(r'(?:author|Target)="([^"]*)"',x)
        return ' '.join(out)
    if f.endswith('.pdf'):
        return subprocess.run(['pdftotext',f,'-'],capture_output=True,text=True).stdout
    return open(f).read()
for ln in open('gold.jsonl'):
    r=json.loads(ln); t=' '.join(alltext(r['file']).split()).lower()
    for i in r['identifiers']:
        assert i['text'].lower() in t, (r['file'], i)
    dates=re.findall(r'\b\d{1,2}(?:st|nd|rd|th)? (?:january|february|march|april|may|june|july|august|september|october|november|december)\b', t)
    print(r['file'], 'ids ok', len(r['identifiers']), 'day-dates:', dates)
