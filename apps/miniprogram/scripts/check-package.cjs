// Offline package check of the built weapp (`npm run build:weapp -w apps/miniprogram` first):
// miniprogram-ci's checkCodeQuality (which includes WeChat's package size check) with appid touristappid and a
// throwaway key, then WeChat's compiler (getCompiledResult), plus our own stricter limit: the main package stays
// at most 600 KB (issue 12; WeChat's hard limit is 2 MB), so a resident's first open stays quick.
// Prints each package's size and `package-check: N passed, M failed`; exits non-zero on any failure.
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const APP_DIR = path.resolve(__dirname, '..');
const DIST = path.join(APP_DIR, 'dist');
const KEY = path.join(APP_DIR, '.keys', 'ci-offline.key');
const APPID = 'touristappid';
const MAIN_LIMIT = 600 * 1024;
const TIMEOUT_MS = 120_000;

let passed = 0;
let failed = 0;
function report(ok, message) {
  console.log(`${ok ? 'ok' : 'FAIL'} - ${message}`);
  if (ok) passed += 1;
  else failed += 1;
}
function finish() {
  console.log(`package-check: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB (${bytes} bytes)`;

/** The offline checks accept any RSA key; make one when absent (.keys is gitignored). */
function ensureKey() {
  if (fs.existsSync(KEY)) return;
  fs.mkdirSync(path.dirname(KEY), { recursive: true, mode: 0o700 });
  try {
    execFileSync('openssl', ['genrsa', '-out', KEY, '2048'], { stdio: 'ignore' });
  } catch {
    const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
    fs.writeFileSync(KEY, privateKey.export({ type: 'pkcs1', format: 'pem' }), { mode: 0o600 });
  }
}

/** Bytes of every file in the build, by package root ('' is the main package). */
function packageSizes(roots) {
  const sizes = new Map([['', 0], ...roots.map((r) => [r, 0])]);
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      const rel = path.relative(DIST, full).split(path.sep).join('/');
      const root = roots.find((r) => rel.startsWith(r)) ?? '';
      sizes.set(root, sizes.get(root) + fs.statSync(full).size);
    }
  };
  walk(DIST);
  return sizes;
}

const withTimeout = (promise, what) =>
  Promise.race([
    promise,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`${what} took more than ${TIMEOUT_MS} ms`)), TIMEOUT_MS),
    ),
  ]);

async function main() {
  const appJsonPath = path.join(DIST, 'app.json');
  if (!fs.existsSync(appJsonPath)) {
    report(
      false,
      `no weapp build in ${path.relative(process.cwd(), DIST) || DIST}: run npm run build:weapp -w apps/miniprogram`,
    );
    return finish();
  }
  const appJson = JSON.parse(fs.readFileSync(appJsonPath, 'utf8'));
  const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((p) => `${p.root.replace(/\/$/, '')}/`);

  // Our own count of the files on disk (WeChat's count below leaves out a few config files).
  const sizes = packageSizes(roots);
  const main = sizes.get('');
  console.log(`# main package on disk: ${kb(main)}`);
  for (const root of roots) console.log(`# subpackage ${root} on disk: ${kb(sizes.get(root))}`);
  report(main <= MAIN_LIMIT, `main package ${kb(main)} is at most 600 KB`);

  ensureKey();
  const ci = require('miniprogram-ci');
  const project = new ci.Project({
    appid: APPID,
    type: 'miniProgram',
    projectPath: DIST,
    privateKeyPath: KEY,
    ignores: ['node_modules/**/*'],
  });
  // Offline: the real attr() asks WeChat's servers about the appid.
  project.attr = async () => ({ ...ci.DefaultProjectAttr, appid: APPID });

  let checks;
  try {
    checks = await withTimeout(ci.checkCodeQuality(project), 'checkCodeQuality');
  } catch (error) {
    report(false, `checkCodeQuality: ${error?.message ?? error}`);
    return finish();
  }
  for (const check of checks) {
    if (check.name === 'PACKAGE_SIZE_LIMIT' && check.detail && typeof check.detail === 'object') {
      for (const [name, bytes] of Object.entries(check.detail)) {
        console.log(
          `# ${name === '__APP__' ? 'main package' : `subpackage ${name}`} as WeChat counts it: ${kb(bytes)}`,
        );
      }
      const wechatMain = check.detail.__APP__;
      if (typeof wechatMain === 'number')
        report(wechatMain <= MAIN_LIMIT, `WeChat's count of the main package ${kb(wechatMain)} is at most 600 KB`);
    }
    report(check.success, `${check.name}: ${check.success ? 'passes' : check.text}`);
  }

  // WeChat's own compiler, as at upload (project.config.json asks it for ES5): a syntax it refuses fails here.
  const zip = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xiaoqu-compiled-')), 'compiled.zip');
  console.log('# getCompiledResult: offline, its lookup of servicewechat.com fails with an [error] line; harmless');
  try {
    const files = await withTimeout(
      ci.getCompiledResult({ project, setting: { useProjectConfig: true }, onProgressUpdate: () => {} }, zip),
      'getCompiledResult',
    );
    report(Object.keys(files).length > 0, `WeChat's compiler builds the package (${Object.keys(files).length} files)`);
  } catch (error) {
    report(false, `WeChat's compiler refuses the package: ${error?.message ?? error}`);
  } finally {
    fs.rmSync(path.dirname(zip), { recursive: true, force: true });
  }
  finish();
}

main().catch((error) => {
  report(false, `package check crashed: ${error?.stack ?? error}`);
  finish();
});
