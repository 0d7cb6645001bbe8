// Browsers come from Debian (chromium, firefox-esr), never from a download: see README "Tests".
module.exports = { skipDownload: true };
