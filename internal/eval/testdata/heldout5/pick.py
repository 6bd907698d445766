import json,gzip,random,os,glob,re
excl=set()
for p in glob.glob('internal/eval/testdata/heldout*/docs/*.txt')+glob.glob('/work/shared/eval/wikinews/docs/*.txt')+glob.glob('/tmp/ents3/docs/*.txt'):
    excl.add(os.path.basename(p)[:-4])
for l in open('/work/shared/eval/seeds/gold.tsv'): excl.add(l.split('\t')[0])
seedtexts=[]
C='/work/shared/corpora/'
kw=re.compile(r'\b(minister|president|talks|visit|met|government|sanction|troops|alliance|summit|party|embassy|ambassador|leader|army|rebels)\b',re.I)
def load(f):
    return [json.loads(l) for l in gzip.open(C+f,'rt')]
rng=random.Random(20261202)
out=[]
def cand(docs,pred,n):
    c=[d for d in docs if d['id'] not in excl and pred(d)]
    rng.shuffle(c)
    return c[:n]
wk=load('wikinews-2019-2020.jsonl.gz')
bb=load('bbc-news-2225.jsonl.gz')
rt=load('reuters21578.jsonl.gz')
num=lambda t: sum(ch.isdigit() for ch in t)/max(1,len(t))
ok=lambda d: 700<=len(d['text'])<=2600 and len(kw.findall(d['text']))>=4 and num(d['text'])<0.03
for d in cand(wk,ok,8)+cand(bb,lambda d:d['id'].startswith('bbc-politics') and ok(d),8)+cand(rt,ok,8):
    print(d['id'],len(d['text']),d['title'][:90])
