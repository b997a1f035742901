type Subscribe = typeof import('./subscribe');

/** Loads subscribe.ts as a build for `env` would, with Taro's requestSubscribeMessage replaced by `request`. */
function load(env: { TARO_ENV: string; TARO_APP_TPL_QUESTION_ANSWERED?: string }, request: jest.Mock): Subscribe {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  if (env.TARO_APP_TPL_QUESTION_ANSWERED === undefined) delete process.env.TARO_APP_TPL_QUESTION_ANSWERED;
  let loaded: Subscribe | undefined;
  jest.isolateModules(() => {
    jest.doMock('@tarojs/taro', () => ({ __esModule: true, default: { requestSubscribeMessage: request } }));
    loaded = jest.requireActual<Subscribe>('./subscribe');
  });
  process.env = saved;
  return loaded as Subscribe;
}

describe('askToBeToldOfAnswer', () => {
  it('asks WeChat for the configured template on weapp', async () => {
    const request = jest.fn().mockResolvedValue({ errMsg: 'requestSubscribeMessage:ok' });
    await load({ TARO_ENV: 'weapp', TARO_APP_TPL_QUESTION_ANSWERED: 'tpl-answered' }, request).askToBeToldOfAnswer();
    expect(request).toHaveBeenCalledWith(expect.objectContaining({ tmplIds: ['tpl-answered'] }));
  });

  it('asks nothing when the build has no template id, or on h5', async () => {
    const request = jest.fn();
    await load({ TARO_ENV: 'weapp' }, request).askToBeToldOfAnswer();
    await load({ TARO_ENV: 'h5', TARO_APP_TPL_QUESTION_ANSWERED: 'tpl-answered' }, request).askToBeToldOfAnswer();
    expect(request).not.toHaveBeenCalled();
  });

  it('takes a refusal quietly: the question is still sent', async () => {
    const request = jest.fn().mockRejectedValue({ errMsg: 'requestSubscribeMessage:fail cancel' });
    const { askToBeToldOfAnswer } = load({ TARO_ENV: 'weapp', TARO_APP_TPL_QUESTION_ANSWERED: 'tpl' }, request);
    await expect(askToBeToldOfAnswer()).resolves.toBeUndefined();
  });
});
