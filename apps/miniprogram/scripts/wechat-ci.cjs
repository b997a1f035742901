// Preview or upload the built weapp with miniprogram-ci. Needs the real appid, the code-upload key from the
// WeChat admin console (开发管理 → 开发设置 → 小程序代码上传, with this machine's IP whitelisted) and WeChat's servers.
// Not run in CI.
//
//   WECHAT_APPID=wx… WECHAT_UPLOAD_KEY_PATH=/secure/private.wx….key \
//   TARO_APP_API_BASE_URL=https://api.example.cn npm run build:weapp -w apps/miniprogram
//   WECHAT_APPID=… WECHAT_UPLOAD_KEY_PATH=… npm run preview -w apps/miniprogram
//   WECHAT_APPID=… WECHAT_UPLOAD_KEY_PATH=… WECHAT_VERSION=1.2.0 WECHAT_DESC='…' npm run upload -w apps/miniprogram
//
// Optional: WECHAT_ROBOT (1–30, which CI robot uploads), WECHAT_VERSION (default: package.json version),
// WECHAT_DESC (default: the last git commit subject), WECHAT_QRCODE_PATH (preview: write the QR code image there
// instead of printing it in the terminal).
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const APP_DIR = path.resolve(__dirname, '..');
const DIST = path.join(APP_DIR, 'dist');
const action = process.argv[2];

function fail(message) {
  console.error(`wechat-ci: ${message}`);
  process.exit(1);
}

function gitSubject() {
  try {
    return execFileSync('git', ['log', '-1', '--pretty=%s'], { cwd: APP_DIR, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

async function main() {
  if (action !== 'preview' && action !== 'upload') fail('usage: node scripts/wechat-ci.cjs preview|upload');
  const appid = process.env.WECHAT_APPID;
  const keyPath = process.env.WECHAT_UPLOAD_KEY_PATH;
  if (!appid || appid === 'touristappid') fail('set WECHAT_APPID to the mini program appid (wx…)');
  if (!keyPath || !fs.existsSync(keyPath)) fail('set WECHAT_UPLOAD_KEY_PATH to the code-upload private key file');
  if (!fs.existsSync(path.join(DIST, 'app.json'))) fail('no weapp build: run npm run build:weapp -w apps/miniprogram');

  const version = process.env.WECHAT_VERSION || require(path.join(APP_DIR, 'package.json')).version;
  const desc = process.env.WECHAT_DESC || gitSubject() || `xiaoqu ${version}`;
  const robot = process.env.WECHAT_ROBOT ? Number(process.env.WECHAT_ROBOT) : undefined;

  const ci = require('miniprogram-ci');
  const project = new ci.Project({
    appid,
    type: 'miniProgram',
    projectPath: DIST,
    privateKeyPath: keyPath,
    ignores: ['node_modules/**/*'],
  });
  const setting = { useProjectConfig: true };
  const onProgressUpdate = (task) => {
    if (typeof task === 'string') console.log(task);
    else if (task?.status === 'done') console.log(`done: ${task.message}`);
  };

  if (action === 'preview') {
    const qrcodeOutputDest = process.env.WECHAT_QRCODE_PATH;
    const result = await ci.preview({
      project,
      desc,
      setting,
      robot,
      qrcodeFormat: qrcodeOutputDest ? 'image' : 'terminal',
      qrcodeOutputDest,
      onProgressUpdate,
    });
    console.log(`preview ok: ${JSON.stringify(result.subPackageInfo ?? result)}`);
  } else {
    const result = await ci.upload({ project, version, desc, setting, robot, onProgressUpdate });
    console.log(`upload ok: version ${version} (${desc}): ${JSON.stringify(result.subPackageInfo ?? result)}`);
  }
}

main().catch((error) => fail(error?.message ?? String(error)));
