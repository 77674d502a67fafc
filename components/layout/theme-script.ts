/**
 * Runs in <head> before first paint: applies a stored explicit theme so a dark-theme reader never sees a
 * flash of light. With no stored choice nothing is set and CSS follows the OS (color-scheme: light dark).
 * It also opens every closed <details> in the page's main content for printing (browsers without
 * ::details-content would print deep dives closed) and closes them again afterwards: window listeners,
 * so one registration serves every page a visit navigates to, with no client component for it.
 * Kept as one constant string: the CSP issue hashes inline scripts after the build, so it must not vary.
 */
export const THEME_STORAGE_KEY = "smtp-lab:theme";

export const themeScript = `(function(){try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");if(t==="light"||t==="dark")document.documentElement.setAttribute("data-theme",t)}catch(e){}var o=[];addEventListener("beforeprint",function(){o=[].slice.call(document.querySelectorAll("main details:not([open])"));o.forEach(function(d){d.open=true})});addEventListener("afterprint",function(){o.forEach(function(d){d.open=false});o=[]})})()`;
