import Taro from '@tarojs/taro';

const IS_WEAPP = process.env.TARO_ENV === 'weapp';
const QUESTION_ANSWERED = process.env.TARO_APP_TPL_QUESTION_ANSWERED ?? '';

/**
 * Asks the resident, once per question, whether WeChat may tell them when the answer comes. WeChat allows this
 * only inside a tap, so call it first thing in the tap handler. Silent on h5 or when the build has no template id;
 * a refusal is the resident's choice, not an error.
 */
export async function askToBeToldOfAnswer(): Promise<void> {
  if (!IS_WEAPP || !QUESTION_ANSWERED) return;
  try {
    await Taro.requestSubscribeMessage({ tmplIds: [QUESTION_ANSWERED], entityIds: [] });
  } catch {
    // Refused, or the template is switched off in the admin console: the question is still asked.
  }
}
