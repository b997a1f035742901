import { toastError, toastSuccess } from '../../services/feedback';

/** Saves with a loading state and a toast; returns whether it worked. */
export async function saving<T>(setBusy: (b: boolean) => void, run: () => Promise<T>, done: string): Promise<boolean> {
  setBusy(true);
  try {
    await run();
    toastSuccess(done);
    return true;
  } catch (error) {
    toastError(error);
    return false;
  } finally {
    setBusy(false);
  }
}
