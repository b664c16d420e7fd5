"""Jan Eef's facts at each particle of the joint calibration's last generation, from the outputs of
posterior-particles.sh; printed as a plain table (docs/model.md §5)."""
import re,glob,os,csv
rows=list(csv.reader(open(os.path.join(os.path.dirname(__file__), 'joint', 'posterior.csv'))))
h=rows[0]; idx={k:i for i,k in enumerate(h)}
keys=['rules.formalisation.autonomy_loss','rules.formalisation.grip_rate','rules.participation.fatigue_recovery','rules.participation.bias','rules.participation.social_control_weight']
facts=['jan-eef.peak-then-decline','jan-eef.peak-without-scripted-days','jan-eef.story.weak-canvass-before-vote','jan-eef.biz-renewal-fails','jan-eef.ends','jan-eef.story.volunteers-ebb-after-formalising','jan-eef.story.board-2013-2018','jan-eef.story.no-one-week-spikes']
out=[]
for r in rows[1:]:
    if r[0]!='3': continue
    p=r[idx['particle']]; f=os.path.join(os.environ.get('OUT', '/tmp/wijksim-particles'), f'p{p}', 'robustness.md')
    if not os.path.exists(f): continue
    t=open(f).read(); sh={}
    for fa in facts:
        m=re.search(r'\| '+re.escape(fa)+r' \| (holds|fails)[^|]*?(\d+) % of',t)
        sh[fa]=int(m.group(2)) if m else None
    out.append((float(r[idx['weight']]),[float(r[idx[k]]) for k in keys],sh))
print(len(out),'particles')
short=['loss','grip','fatigue','bias','social']
print('weight  '+' '.join(f'{s:>7}' for s in short)+'  peak  noCamp canvass  renew  ends  ebb  board spikes')
for w,v,sh in sorted(out,key=lambda x:x[1][0]):
    print(f'{w:.4f} '+' '.join(f'{x:7.3f}' for x in v)+'  '+'  '.join(f'{sh[f]!s:>4}' for f in facts))
# weighted share of particles holding >=80
for f in facts:
    tw=sum(w for w,_,_ in out); hw=sum(w for w,_,sh in out if sh[f] is not None and sh[f]>=80)
    print(f, f'holds at {sum(1 for _,_,sh in out if sh[f]>=80)}/{len(out)} particles, weight {hw/tw:.2f}')
# correlation of peak share with each coefficient (Spearman-like via ranks)
def rank(a):
    s=sorted(range(len(a)),key=lambda i:a[i]); r=[0]*len(a)
    for k,i in enumerate(s): r[i]=k
    return r
import math
def corr(x,y):
    n=len(x); mx=sum(x)/n; my=sum(y)/n
    sx=math.sqrt(sum((a-mx)**2 for a in x)); sy=math.sqrt(sum((b-my)**2 for b in y))
    return sum((a-mx)*(b-my) for a,b in zip(x,y))/(sx*sy) if sx and sy else float('nan')
for f in ['jan-eef.peak-then-decline','jan-eef.story.weak-canvass-before-vote']:
    y=rank([sh[f] for _,_,sh in out])
    print(f,'rank corr:',' '.join(f'{s}={corr(rank([v[i] for _,v,_ in out]),y):+.2f}' for i,s in enumerate(short)))
print()
# the autonomy at the end of the decline window: grip approaches F*steering = 0.7*0.8 at grip_rate a week
for w,v,sh in sorted(out,key=lambda x:x[1][0]):
    pass
def autonomy(v, weeks=208):
    loss,grip=v[0],v[1]
    g=0.56*(1-math.exp(-grip*weeks))
    return 1-loss*g
pts=sorted(out,key=lambda x:autonomy(x[1]))
for w,v,sh in pts:
    print(f'autonomy@4y {autonomy(v):.3f} loss {v[0]:.3f} grip {v[1]:.3f} bias {v[3]:.2f}  peak {sh["jan-eef.peak-then-decline"]:>3} canvass {sh["jan-eef.story.weak-canvass-before-vote"]:>3} board {sh["jan-eef.story.board-2013-2018"]:>3}')
