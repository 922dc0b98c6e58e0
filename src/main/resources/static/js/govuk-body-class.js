// Runs first thing in <body> (a file, not inline, so the Content-Security-Policy needs no 'unsafe-inline'): tells
// GOV.UK Frontend's CSS that JavaScript runs and whether the browser supports its components, before they render.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
