/**
 * Runs in an embed page before its first paint: theme=light|dark from the embed URL wins over anything
 * stored; any other value (or none) means "follow the reader's system". One constant string, so its
 * sha256 is the same on every embed page (the CSP allows it by hash, see scripts/csp-hashes.mjs).
 */
export const embedThemeScript = `(function(){try{var t=new URLSearchParams(location.search).get("theme"),d=document.documentElement;if(t==="light"||t==="dark")d.setAttribute("data-theme",t);else d.removeAttribute("data-theme")}catch(e){}})()`;
