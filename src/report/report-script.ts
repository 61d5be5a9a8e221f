/**
 * The report's only script, inlined: the event filter, the tooltip that shows every layer under
 * the pointer (entity, quote and trigger at once), and opening a collapsed article when a link
 * points into it. It reads data attributes only, so no document text is ever placed in script.
 */
export const REPORT_SCRIPT = `
(function(){
var tip=document.getElementById('tip');
document.addEventListener('mouseover',function(e){
  var el=e.target.closest&&e.target.closest('[data-tip]');
  if(!el){tip.style.display='none';return;}
  var parts=[];
  for(var n=el;n&&n.classList&&!n.classList.contains('a-text');n=n.parentElement){
    if(n.dataset&&n.dataset.tip)parts.push(n.dataset.tip);
  }
  tip.textContent='';
  parts.forEach(function(p,i){
    if(i)tip.appendChild(document.createElement('hr'));
    var lines=p.split('\\n'),b=document.createElement('b');b.textContent=lines.shift();tip.appendChild(b);
    if(lines.length)tip.appendChild(document.createTextNode('\\n'+lines.join('\\n')));
  });
  tip.style.display='block';
});
document.addEventListener('mousemove',function(e){
  if(tip.style.display!=='block')return;
  var x=Math.min(e.clientX+14,window.innerWidth-tip.offsetWidth-8),y=e.clientY+16;
  if(y+tip.offsetHeight>window.innerHeight)y=e.clientY-tip.offsetHeight-10;
  tip.style.left=x+'px';tip.style.top=y+'px';
});
function reveal(id){
  var t=id&&document.getElementById(id);if(!t)return;
  for(var d=t.closest('details');d;d=d.parentElement&&d.parentElement.closest('details'))d.open=true;
  t.scrollIntoView({block:'center'});t.classList.remove('flash');void t.offsetWidth;t.classList.add('flash');
}
document.addEventListener('click',function(e){
  var a=e.target.closest&&e.target.closest('a[href^="#"]');
  if(!a)return;e.preventDefault();var id=a.getAttribute('href').slice(1);history.replaceState(null,'','#'+id);reveal(id);
});
if(location.hash)reveal(decodeURIComponent(location.hash.slice(1)));
var box=document.getElementById('filter'),quads=[].slice.call(document.querySelectorAll('input[data-quad]')),shown=document.getElementById('shown');
function apply(){
  var words=box.value.toLowerCase().split(/\\s+/).filter(Boolean),on={},total=0,vis=0;
  quads.forEach(function(q){on[q.dataset.quad]=q.checked;});
  document.querySelectorAll('.timeline').forEach(function(tl){
    var head=null,any=false;
    [].forEach.call(tl.children,function(li){
      if(li.classList.contains('tl-date')){if(head)head.classList.toggle('hidden',!any);head=li;any=false;return;}
      total++;var f=li.dataset.filter||'';
      var ok=on[li.dataset.quad]!==false&&words.every(function(w){return f.indexOf(w)>=0;});
      li.classList.toggle('hidden',!ok);if(ok){vis++;any=true;}
    });
    if(head)head.classList.toggle('hidden',!any);
  });
  shown.textContent=vis+' of '+total+' events shown';
}
box.addEventListener('input',apply);quads.forEach(function(q){q.addEventListener('change',apply);});apply();
})();
`;
