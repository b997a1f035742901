import { useRef, type ReactElement } from 'react';
import type { UploadFile } from '../../services/request';

const IS_H5 = process.env.TARO_ENV === 'h5';

/**
 * Picking one file for a target (a line, or nothing): on h5 a hidden `<input type="file">` (render `input` once in the
 * page), on weapp the given WeChat chooser. `onFile` gets the file and the target it was picked for.
 */
export function useFilePick<T>(
  accept: string,
  choose: () => Promise<UploadFile | null>,
  onFile: (file: UploadFile, target: T) => void,
): { pick: (target: T) => Promise<void>; input: ReactElement | null } {
  const element = useRef<HTMLInputElement | null>(null);
  const target = useRef<T | null>(null);
  async function pick(forTarget: T) {
    target.current = forTarget;
    if (IS_H5) {
      element.current?.click();
      return;
    }
    const file = await choose();
    if (file) onFile(file, forTarget);
  }
  const input = IS_H5 ? (
    <input
      ref={element}
      className="xq-staff-period__file"
      type="file"
      accept={accept}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file && target.current !== null) onFile({ kind: 'blob', blob: file, name: file.name }, target.current);
      }}
    />
  ) : null;
  return { pick, input };
}
