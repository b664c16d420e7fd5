#!/usr/bin/env python3
# A probe, not a change: Jan Eef re-dated from the sources found in the 32nd/33rd sessions (docs/model.md §6).
# Kept as the record of that probe: since the thirty-eighth round the scenario has sourced dates of its own
# (a renewal in 2017, not the probe's 2016), so on today's files the script stops at its first assert.
# Usage: python3 docs/tools/jan-eef-redate-probe.py DIR, after `dotnet build src/Silo -c Release`; then
#   wijksim facts --seeds 100 --scenarios DIR/scenarios
import re, sys, shutil, os
d = sys.argv[1]
shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src', 'Silo', 'bin', 'Release', 'net10.0')
shutil.copytree(B + '/scenarios', d + '/scenarios'); shutil.copytree(B + '/stories', d + '/stories')
sc = d + '/scenarios/jan-eef.yaml'
s = open(sc).read()
for old, new in [('date: 2013-01-07, type: formalise', 'date: 2011-09-05, type: formalise'),     # De Echo: September 2011
                 ('date: 2014-09-01, type: biz_vote', 'date: 2011-12-05, type: biz_vote'),       # before 2012-01-01 (Experimentenwet), announced 22 Feb 2012
                 ('date: 2019-06-03, type: biz_vote', 'date: 2016-11-07, type: biz_vote')]:      # before the first five years end; Het Parool March 2017
    assert s.count(old) == 1, old; s = s.replace(old, new)
open(sc, 'w').write(s)
st = d + '/stories/jan-eef.yaml'
t = open(st).read()
windows = {  # id: (from, to)
    'wider-network-pioneering': ('2011-01-03', '2011-08-29'),
    'word-spreads': ('2010-10-04', '2011-08-29'),
    'supporters-grow': ('2010-10-04', '2011-08-29'),
    'loose-before-formal': ('2010-10-04', '2011-08-29'),
    'levy-flows-in-first-biz': ('2012-01-02', '2016-10-31'),
    'volunteers-ebb-after-formalising': ('2011-09-05', '2016-10-31'),
    'urgency-fades-with-success': ('2011-06-27', '2016-10-31'),
    'cash-erodes': ('2015-01-05', '2016-10-31'),
    'alive-at-renewal-vote': ('2016-10-31', '2016-11-07'),
    'board-2013-2018': ('2012-03-05', '2016-10-31'),
    'no-one-week-spikes': ('2011-01-03', '2011-08-29'),
    'pioneer-network-peak': ('2011-01-03', '2011-08-29'),
    'weak-canvass-before-vote': ('2016-05-09', '2016-11-07'),
    'biz-lapses': ('2017-06-05', '2018-06-04'),
}
for cid, (a, b) in windows.items():
    pat = re.compile(r'(  - id: ' + re.escape(cid) + r'\n(?:    .*\n)*?    from: )\S+(\n    to: )\S+')
    t, n = pat.subn(lambda m: m.group(1) + a + m.group(2) + b, t)
    assert n == 1, cid
t = t.replace('running_until: 2019-06-03', 'running_until: 2016-11-07')
open(st, 'w').write(t)
