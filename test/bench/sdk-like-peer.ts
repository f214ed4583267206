// A local stand-in for Kakao's JS SDK (kakao.min.js 2.7.1, 83.8 KB), which cannot be fetched
// here: a classic script of about as much code, shaped like a minified module bundle (module
// functions in a table, required at start-up, as the SDK's are), whose
// `Kakao.Channel.createChatButton` does what the SDK's does: puts an <a><img> in a container.
// The filler is generated from a fixed seed, so every run parses the same code.

/** A small deterministic PRNG (mulberry32), so the peer is the same in every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'channel',
  'chat',
  'button',
  'token',
  'auth',
  'share',
  'link',
  'image',
  'template',
  'size',
  'color',
  'request',
  'response',
  'url',
  'scope',
  'error',
  'callback',
  'popup',
  'container',
  'profile',
];

/** One module of the filler: helpers with loops, branches, strings and a class, as SDK modules have. */
function fillerModule(index: number, pick: () => number): string {
  // Minified code's names and messages vary a lot, which keeps its gzip ratio near the SDK's (about 3).
  const letters = (length: number) => Array.from({ length }, () => String.fromCharCode(97 + Math.floor(pick() * 26))).join('');
  const word = () => (pick() < 0.4 ? WORDS[Math.floor(pick() * WORDS.length)]! : letters(3 + Math.floor(pick() * 6)));
  const name = () => `${word()}${Math.floor(pick() * 46656).toString(36)}`;
  const [a, b, c, d] = [name(), name(), name(), name()];
  const table = Array.from(
    { length: 6 + Math.floor(pick() * 8) },
    () => `${name()}:"${letters(4 + Math.floor(pick() * 12))} ${word()} ${name()}"`,
  ).join(',');
  const cases = Array.from(
    { length: 3 + Math.floor(pick() * 5) },
    () => `case "${name()}":return ${Math.floor(pick() * 1e6)}^o.${word()};`,
  ).join('');
  return `${index}:function(e,t,n){"use strict";var ${a}=n(${Math.max(0, index - 1)}),${b}={${word()}:"${name()}",${word()}Url:"https://kapi.kakao.com/v${index % 3}/${word()}/${word()}",timeout:${Math.floor(pick() * 9000)}};
function ${c}(r,o){if(!r||typeof r!=="object")throw new Error("${word()} ${name()} is required: "+o);var i=[],s;for(s in r)if(Object.prototype.hasOwnProperty.call(r,s)){var u=r[s];i.push(encodeURIComponent(s)+"="+encodeURIComponent(typeof u==="object"?JSON.stringify(u):String(u)))}return i.join("&")}
var ${d}=function(){function r(o){this.${word()}=o||{};this.queue=[];this.${name()}=${b}.${word()}}r.prototype.add=function(o,i){this.queue.push([o,i]);return this.queue.length>${Math.floor(pick() * 20) + 1}?this.flush():this};r.prototype.flush=function(){var o=this.queue.splice(0);return o.map(function(i){return ${c}(i[0],"${word()}")+(i[1]?"#"+i[1]:"")}).join("\\n")};return r}();
var T={${table}};function S(o){switch(o&&o.${word()}){${cases}default:return T[o]||null}}
e.exports={${a}:${a},S:S,T:T,${word()}${index}:${c},${name()}:${d},defaults:${b},validate${index}:function(r){return typeof r==="string"&&/^[_a-z0-9]{${Math.floor(pick() * 4) + 1},${Math.floor(pick() * 40) + 8}}$/i.test(r)}}}`;
}

/** The peer's script: about `bytes` of generated modules, then `Kakao.init` and `Kakao.Channel.createChatButton`. */
export function sdkLikeScript(bytes = 80 * 1024): string {
  const pick = random(2_7_1);
  const modules: string[] = [];
  for (let length = 0; length < bytes;) {
    const module = fillerModule(modules.length, pick);
    modules.push(module);
    length += module.length + 1;
  }
  return `!function(){var m={${modules.join(',')}},c={};function n(i){if(c[i])return c[i].exports;var e=c[i]={exports:{}};m[i](e,e.exports,n);return e.exports}
for(var i=0;i<${modules.length};i++)n(i);
var key=null;function createChatButton(o){var t=typeof o.container==="string"?document.querySelector(o.container):o.container;if(!t)throw new Error("container is required");
var a=document.createElement("a");a.href="https://pf.kakao.com/"+o.channelPublicId+"/chat";a.target="_blank";a.title="카카오톡 채널 채팅하기";
var g=document.createElement("img");g.src=o.image;g.alt="상담하기";g.width=128;g.height=45;a.appendChild(g);t.appendChild(a);return a}
window.Kakao={VERSION:"2.7.1-like",init:function(k){key=k},isInitialized:function(){return key!==null},Channel:{createChatButton:createChatButton}}}();`;
}
