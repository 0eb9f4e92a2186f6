/** Served at `/` when the web app (services/web) has not been built: upload and watch, no frills. */
export const fallbackPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>policydiff</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
label{display:block;margin:.5rem 0}li{font-family:ui-monospace,monospace}pre{white-space:pre-wrap;background:#f4f5f7;padding:1rem}</style></head>
<body><h1>policydiff</h1><p>Compare two insurance policy wordings.</p>
<form id="f"><label>A — expiring / current policy <input type="file" name="file_a" accept="application/pdf" required></label>
<label>B — renewal / alternative <input type="file" name="file_b" accept="application/pdf" required></label>
<button>Compare</button></form><ol id="segs"></ol><pre id="out"></pre>
<script>
const out=document.getElementById('out'),segs=document.getElementById('segs');
document.getElementById('f').onsubmit=async(e)=>{e.preventDefault();segs.innerHTML='';out.textContent='';
 const r=await fetch('/jobs/compare',{method:'POST',body:new FormData(e.target)});const j=await r.json();
 if(r.status!==202){out.textContent=j.detail;return;}
 const ws=new WebSocket((location.protocol==='https:'?'wss://':'ws://')+location.host+'/ws/jobs/'+j.job_id);
 ws.onmessage=async(m)=>{const ev=JSON.parse(m.data);
  if(ev.type==='snapshot'){segs.innerHTML=ev.job.segments.map(s=>'<li id="s'+s.segment+'">'+s.segment+'. '+s.name+' — '+s.status+'</li>').join('');return;}
  if(ev.segment){const li=document.getElementById('s'+ev.segment);if(li)li.textContent=ev.segment+'. '+ev.segment_name+' — '+ev.segment_status+(ev.cached?' (cached)':'')+(ev.duration_ms!=null?' '+ev.duration_ms+' ms':'');}
  if(ev.type==='completed'){const res=await (await fetch('/jobs/'+j.job_id+'/result')).json();out.textContent=res.summary.headline+'\\n\\n'+res.summary.narrative;ws.close();}
  if(ev.type==='failed'||ev.type==='cancelled'){out.textContent=ev.status+': '+(ev.error_message||'');ws.close();}};};
</script></body></html>`;
