#!/usr/bin/env python3
"""Regenerates the event catalogue table in README.md from tools/gen_events.py and the services' consumers
(an event counts as consumed by a service whose main code tests `instanceof <Event>`). Usage: python3 tools/gen_catalogue.py"""
import os,re
ns={'__file__':'tools/gen_events.py'}
src=open('tools/gen_events.py').read().split("def write(")[0]
exec(src,ns)
services=['complaint-intake','findings-report','notification-service','analytics-service']
uses={}
for svc in services:
    for root,_,files in os.walk(os.path.join(svc,'src/main/java')):
        for f in files:
            if not f.endswith('.java'): continue
            t=open(os.path.join(root,f)).read()
            for m in re.finditer(r'instanceof\s+([A-Z]\w+)',t):
                uses.setdefault(m.group(1),set()).add(svc)
            for m in re.finditer(r'\b([A-Z]\w+)\.class\b',t):
                uses.setdefault(m.group(1),set()).add(svc+'?')
fam={'complaint':('complaint-intake','klachtroute.complaint.v1'),'findings':('findings-report','klachtroute.findings.v1'),
     'notification':('notification-service','klachtroute.notification.v1'),'analytics':('analytics-service','klachtroute.analytics.v1')}
# A producer that reads its own event back (the scan cannot tell that from publishing it), and why.
SELF={'CitizenFeedbackGiven':'notification-service itself, for the follow-up task'}
rows=[]
for f,n,_,_ in ns['EVENTS']:
    cons=sorted(s for s in uses.get(n,set()) if not s.endswith('?') and s!=fam[f][0])
    if n in SELF: cons[-1]+=f' (and {SELF[n]})'
    rows.append(f"| `{n}` | {fam[f][0]} | {', '.join(cons) if cons else 'none yet'} | `{fam[f][1]}` | complaint id | 1 |")
s=open('README.md').read()
start=s.index('| event | producer | consumers')
end=s.index('\n\n',start)
s=s[:start]+'| event | producer | consumers that act on it | topic | key | version |\n|---|---|---|---|---|---|\n'+'\n'.join(rows)+s[end:]
open('README.md','w').write(s)
print(f'{len(rows)} events in the catalogue')
