// Uploads an image through Swagger UI as a person would, in Debian's headless chromium driven by
// playwright-core (pinned in package.json): Authorize with a staff token, open uploadMedia, "Try it out",
// pick the demo JPEG, fill alt, Execute, and require the 201 and its variants shown by the UI. The
// contract can be valid and still unusable there (a file field without a picker, a wrong encoding), which
// no test of the API itself shows. Environment: BASE_URL (no trailing slash), STAFF_EMAIL, STAFF_PASSWORD
// (an editor or admin); CHROMIUM (default /usr/bin/chromium), SCREENSHOT (default /tmp/swagger-upload.png),
// IMAGE (default the demo cover JPEG).
// Exits 1 on any failure, 2 on missing settings. See docs/api-guide.md.
import {mkdtempSync, rmSync, existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, dirname} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';

const base = process.env.BASE_URL;
const email = process.env.STAFF_EMAIL;
const password = process.env.STAFF_PASSWORD;
if (!base || !email || !password) {
    console.error('BASE_URL, STAFF_EMAIL and STAFF_PASSWORD are required');
    process.exit(2);
}
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const screenshot = process.env.SCREENSHOT || '/tmp/swagger-upload.png';
const image = process.env.IMAGE || join(dirname(fileURLToPath(import.meta.url)), '../../src/main/resources/db/demo/couverture-quitter-x.jpg');
const alt = `Le logo de X sur un écran de téléphone (Swagger UI ${Date.now().toString(36)})`;
const timeout = 30_000;

function fail(message) {
    throw new Error(message);
}

async function token() {
    const response = await fetch(`${base}/api/v1/auth/token`, {
        method: 'POST',
        headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({email, password})
    });
    if (response.status !== 200) {
        fail(`POST /api/v1/auth/token answered ${response.status}: ${await response.text()}`);
    }
    const {accessToken} = await response.json();
    return accessToken || fail('POST /api/v1/auth/token gave no accessToken');
}

// what one step waits for, named, so a failure says which step of the UI broke
async function step(what, action) {
    try {
        const result = await action();
        console.log(`ok   ${what}`);
        return result;
    } catch (error) {
        // Playwright's own messages end in a long call log; ours carry what the UI showed
        fail(`${what}: ${error.message.split('\nCall log:')[0].trim()}`);
    }
}

// the form as filled in and the answer shown under it (the whole operation is several screens of examples)
async function shot(operation) {
    const top = await operation.locator('.opblock-summary').first().boundingBox();
    const bottom = await operation.locator('.live-responses-table').boundingBox();
    const scroll = await operation.page().evaluate(() => window.scrollY);
    await operation.page().screenshot({path: screenshot, fullPage: true,
        clip: {x: top.x, y: top.y + scroll, width: top.width, height: bottom.y + bottom.height - top.y}});
}

if (!existsSync(executablePath)) {
    console.error(`FAIL no browser at ${executablePath} (apt-get install -y chromium, or set CHROMIUM)`);
    process.exit(1);
}
if (!existsSync(image)) {
    console.error(`FAIL no test image at ${image}`);
    process.exit(1);
}

const profile = mkdtempSync(join(tmpdir(), 'swagger-ui-check-'));
let context;
let page;
let exitCode = 0;
try {
    const accessToken = await step('staff token from POST /api/v1/auth/token', token);
    // without the background-networking flags chromium keeps calling home, which floods a closed network
    // a fresh profile each run (launchPersistentContext passes it as --user-data-dir)
    context = await chromium.launchPersistentContext(profile, {
        executablePath,
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        viewport: {width: 1400, height: 1000}
    });
    page = context.pages()[0] || await context.newPage();
    page.setDefaultTimeout(timeout);
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await step(`Swagger UI loads at ${base}/q/swagger-ui`, async () => {
        const response = await page.goto(`${base}/q/swagger-ui`, {waitUntil: 'domcontentloaded'});
        if (!response || response.status() !== 200) {
            fail(`answered ${response && response.status()}`);
        }
        await page.locator('.opblock').first().waitFor();
    });

    await step('Authorize with the bearer token', async () => {
        await page.locator('.scheme-container button.authorize').click();
        // the dialog lists every scheme (bearer, then the Ghost content key): only the bearer one is filled
        const modal = page.locator('.modal-ux');
        const bearer = modal.locator('.auth-container', {has: page.locator('input[aria-label="auth-bearer-value"]')});
        await bearer.locator('input[aria-label="auth-bearer-value"]').fill(accessToken);
        await bearer.locator('button.authorize').click();
        // the scheme's block loses its input once authorized and shows this instead
        await modal.getByText('Authorized', {exact: true}).waitFor();
        await modal.locator('button.close-modal').click();
        await modal.waitFor({state: 'detached'});
    });

    const operation = page.locator('.opblock.opblock-post', {has: page.locator('[data-path="/api/v1/admin/media"]')});
    await step('expand POST /api/v1/admin/media (uploadMedia)', async () => {
        await operation.locator('.opblock-summary').first().scrollIntoViewIfNeeded();
        await operation.locator('.opblock-summary-control, .opblock-summary').first().click();
        await operation.locator('.opblock-body').waitFor();
    });

    await step('Try it out', async () => {
        await operation.locator('button.try-out__btn').click();
        await operation.locator('button.execute').waitFor();
    });

    await step('a file picker for "file"', async () => {
        const picker = operation.locator('.opblock-section-request-body input[type="file"]');
        if (await picker.count() !== 1) {
            const body = (await operation.locator('.opblock-section-request-body').innerText()).replace(/\s*\n\s*/g, '\n');
            fail(`${await picker.count()} file inputs in the request body; it shows:\n${body}`);
        }
        await picker.setInputFiles(image);
    });

    await step('fill alt', async () => {
        await operation.locator('.opblock-section-request-body tr[data-property-name="alt"] input[type="text"]').fill(alt);
    });

    // the other fields keep what Swagger UI puts there (empty or the schema's example): the check is the upload
    const shown = await step('Execute shows a response', async () => {
        await operation.locator('button.execute').click();
        const row = operation.locator('.live-responses-table .response').first();
        await row.waitFor();
        const status = (await row.locator('.response-col_status').innerText()).trim();
        const body = await row.locator('.response-col_description pre').first().innerText();
        return {status, body};
    });
    await shot(operation);
    console.log(`     screenshot: ${screenshot}`);

    await step(`response code 201 (Swagger UI shows ${shown.status})`, async () => {
        if (!shown.status.startsWith('201')) {
            fail(`body: ${shown.body.slice(0, 2000)}`);
        }
    });
    await step('the JSON has variants and the alt typed in', async () => {
        let media;
        try {
            media = JSON.parse(shown.body);
        } catch {
            fail(`not JSON: ${shown.body.slice(0, 500)}`);
        }
        if (!Array.isArray(media.variants) || media.variants.length === 0) {
            fail(`no variants in ${shown.body.slice(0, 500)}`);
        }
        if (media.alt !== alt) {
            fail(`alt is ${JSON.stringify(media.alt)}`);
        }
        console.log(`     media ${media.id}: ${media.variants.length} variants`);
    });
    if (pageErrors.length) {
        console.log(`     page errors (not fatal): ${pageErrors.join(' | ')}`);
    }
    console.log('PASS Swagger UI uploads an image to POST /api/v1/admin/media');
} catch (error) {
    exitCode = 1;
    console.error(`FAIL ${error.message}`);
    if (page) {
        await page.screenshot({path: screenshot}).then(() => console.error(`     screenshot: ${screenshot}`), () => {});
    }
} finally {
    if (context) {
        await context.close();
    }
    rmSync(profile, {recursive: true, force: true});
}
process.exit(exitCode);
