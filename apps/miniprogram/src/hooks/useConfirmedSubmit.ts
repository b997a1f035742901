import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { toastError, toastSuccess } from '../services/feedback';

/** What a form's check makes of what was typed: the request to send, or what is wrong with it in words. */
export type Checked<R> = { request: R; error: null } | { request: null; error: string };

export interface SubmitSteps<R, T> {
  /** Checks the form; its error is shown on the form, and nothing is asked or sent. */
  check: () => Checked<R>;
  /** The dialog that asks before sending; without it, a checked form is sent at once (a paper ballot entered). */
  confirm?: (request: R) => Taro.showModal.Option;
  send: (request: R) => Promise<T>;
  /** The toast when it worked (7 characters at most, see toastSuccess). */
  success: string;
  /** After the toast; what it throws is toasted like a failed send. */
  onDone: (result: T) => void | Promise<unknown>;
}

/**
 * A form's submit as every write form does it: check, ask, send with a loading state, then a toast and `onDone`,
 * or a toast saying what went wrong. The steps are read when `submit` runs, so they may close over this render.
 */
export function useConfirmedSubmit<R, T>(
  steps: SubmitSteps<R, T>,
): {
  saving: boolean;
  error: string | null;
  clearError: () => void;
  /** A field's setter that also clears the error shown, for `onChange`. */
  edit: <V>(set: (value: V) => void) => (value: V) => void;
  submit: () => Promise<void>;
} {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const clearError = useCallback(() => setError(null), []);

  const edit =
    <V>(set: (value: V) => void) =>
    (value: V) => {
      set(value);
      setError(null);
    };

  async function submit() {
    const checked = steps.check();
    if (checked.error !== null) {
      setError(checked.error);
      return;
    }
    setError(null);
    if (steps.confirm) {
      const sure = await Taro.showModal(steps.confirm(checked.request));
      if (!sure.confirm) return;
    }
    setSaving(true);
    try {
      const result = await steps.send(checked.request);
      toastSuccess(steps.success);
      await steps.onDone(result);
    } catch (e) {
      toastError(e);
    } finally {
      setSaving(false);
    }
  }

  return { saving, error, clearError, edit, submit };
}
