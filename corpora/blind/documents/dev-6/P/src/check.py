import json, zipfile, re, subprocess, html
def alltext(f):
    if f.endswith('.docx'):
        z=zipfile.ZipFile(f); out=[]
        for n in z.namelist():
            x=z.read(n).decode('utf8','ignore')
            x2=re.sub(r'</w:p>','\n',x); x2=re.sub(r'<[^>]+>','',x2)
            out.append(html.unescape(x2)); out+= re.findall(r'Target="([^"]+)"',x); out+=re.findall(r'w:author="([^"]+)"',x)
        return '\n'.join(out)
    if f.endswith('.pdf'):
        return subprocess.run(['pdftotext',f,'-'],capture_output=True,text=True).stdout + subprocess.run(['pdfinfo',f],capture_output=True,text=True).stdout
    return open(f,encoding='utf8').read()
for l in open('gold.jsonl'):
    r=json.loads(l); t=alltext(r['file']); tl=' '.join(t.split()).lower()
    miss=[i['text'] for i in r['identifiers'] if ' '.join(i['text'].split()).lower() not in tl]
    print(r['file'],'missing ids:',miss)
    nm=[n for n in r['not_identifiers'] if n.lower() not in tl]
    print('   not_identifiers absent from text:',nm)
    open('/tmp/all_'+r['file']+'.txt','w').write(t)
