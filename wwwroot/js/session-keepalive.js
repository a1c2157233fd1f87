// Keeps the sign-in cookie alive while the user works inside an open page. The page talks to the server
// over its circuit, which never renews the cookie; without this, the next full page load after the idle
// time-out would ask for the password again. Posts on the user's own input only (never on a timer), at most
// once every few minutes, with the antiforgery token the page carries.
(() => {
    const intervalMs = 4 * 60 * 1000;
    let lastPost = Date.now();

    function token() {
        const input = document.querySelector('input[name="__RequestVerificationToken"][data-keepalive]');
        return input ? input.value : null;
    }

    function onInput() {
        const now = Date.now();
        if (now - lastPost < intervalMs) return;
        const value = token();
        if (!value) return;
        lastPost = now;
        fetch('/Account/KeepAlive', {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ __RequestVerificationToken: value }),
        }).catch(() => { /* offline: the circuit's reconnect dialog tells the user */ });
    }

    for (const type of ['keydown', 'pointerdown', 'wheel', 'touchstart']) {
        document.addEventListener(type, onInput, { capture: true, passive: true });
    }
})();
