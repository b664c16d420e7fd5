# A probe, not a change: the thirty-seventh round's law vote (branch proto/biz-turnout) at the thirty-eighth
# round's sourced dates (docs/model.md §6). Usage, from this repository with the branch in a worktree:
#   git worktree add ../probe-bt proto/biz-turnout && dotnet build ../probe-bt/src/Silo -c Release
#   python3 docs/tools/biz-turnout-redate-probe.py ../probe-bt/src/Silo/bin/Release/net10.0 DIR
#   dotnet ../probe-bt/src/Silo/bin/Release/net10.0/wijksim.dll facts --seeds 100 --scenarios DIR/scenarios
import re, sys, shutil, os
src = sys.argv[1]
d = sys.argv[2]
shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
shutil.copytree(src + '/scenarios', d + '/scenarios'); shutil.copytree(src + '/stories', d + '/stories')
sc = d + '/scenarios/jan-eef.yaml'; s = open(sc).read()
for old, new in [('date: 2011-05-14, type: campaign', 'date: 2010-11-20, type: campaign'),
                 ('date: 2012-05-12, type: campaign', 'date: 2011-06-18, type: campaign'),
                 ('date: 2013-01-07, type: formalise', 'date: 2011-09-05, type: formalise'),
                 ('date: 2014-09-01, type: biz_vote', 'date: 2011-12-05, type: biz_vote'),
                 ('date: 2019-06-03, type: biz_vote', 'date: 2017-02-13, type: biz_vote')]:
    assert s.count(old) == 1, old; s = s.replace(old, new)
open(sc, 'w').write(s)
main = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src', 'Scenarios', 'stories', 'jan-eef.yaml')).read()
st = d + '/stories/jan-eef.yaml'; t = open(st).read()
pat = re.compile(r'  - id: (\S+)\n((?:    .*\n)*?)    from: (\S+)\n    to: (\S+)')
mw = {m.group(1): (m.group(3), m.group(4)) for m in pat.finditer(main)}
def sub(m):
    cid = m.group(1)
    a, b = mw.get(cid, (None, None))
    if cid == 'first-biz-vote-passes': a, b = '2011-12-05', '2011-12-05'
    if cid.startswith('renewal-') and cid.endswith('-share'): a, b = '2017-02-13', '2017-02-13'
    if a is None: return m.group(0)
    return f'  - id: {cid}\n{m.group(2)}    from: {a}\n    to: {b}'
t = pat.sub(sub, t)
t = t.replace('running_until: 2019-06-03', 'running_until: 2017-02-13')
open(st, 'w').write(t)
print('ok')
