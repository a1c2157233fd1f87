// Downloads an export without leaving the page: fetches it with the user's cookie, reports the bytes
// received to the component, then hands the file to the browser under the name the server gave.
export async function download(url, helper) {
    let response;
    try {
        response = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
    } catch {
        return { ok: false, status: 0, message: '' };
    }
    if (!response.ok) {
        const type = response.headers.get('Content-Type') || '';
        const message = type.startsWith('text/plain') ? await response.text() : '';
        return { ok: false, status: response.status, message };
    }

    const total = Number(response.headers.get('Content-Length')) || 0;
    const reader = response.body.getReader();
    const chunks = [];
    let received = 0;
    let reported = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.length;
        if (helper && total > 0 && received - reported >= total / 20) {
            reported = received;
            await helper.invokeMethodAsync('OnProgress', received, total);
        }
    }

    const blob = new Blob(chunks, { type: response.headers.get('Content-Type') || 'application/octet-stream' });
    const href = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = href;
    link.download = fileName(response.headers.get('Content-Disposition')) || 'tep-tai-ve';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(href), 60000);
    return { ok: true, status: response.status, message: '' };
}

function fileName(disposition) {
    if (!disposition) return null;
    const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
    if (utf8) return decodeURIComponent(utf8[1]);
    const plain = /filename="?([^";]+)"?/i.exec(disposition);
    return plain ? plain[1] : null;
}
