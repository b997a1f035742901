import Taro from '@tarojs/taro';
import type { CardDrawing } from '../../services/card-canvas';
import { albumFailure, imageFileName, saveCardImage } from './save-image';

describe('imageFileName', () => {
  it('names a file without the characters a file system refuses', () => {
    expect(imageFileName('表决回执-续聘/解聘 物业?')).toBe('表决回执-续聘_解聘_物业_.png');
  });
});

describe('albumFailure', () => {
  it('tells a refused permission from a refused privacy agreement and a cancel', () => {
    expect(albumFailure({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' })).toBe('denied');
    expect(albumFailure({ errMsg: 'saveImageToPhotosAlbum:fail:auth denied' })).toBe('denied');
    expect(albumFailure({ errMsg: 'saveImageToPhotosAlbum:fail authorize no response' })).toBe('denied');
    expect(
      albumFailure({ errMsg: 'saveImageToPhotosAlbum:fail privacy permission is not authorized', errno: 104 }),
    ).toBe('privacy');
    expect(albumFailure({ errMsg: 'saveImageToPhotosAlbum:fail cancel' })).toBe('cancelled');
    expect(albumFailure(new Error('boom'))).toBe('other');
    expect(albumFailure(undefined)).toBe('other');
  });
});

describe('saveCardImage on weapp', () => {
  const drawing: CardDrawing = {
    width: 10,
    height: 10,
    ops: [{ kind: 'rect', x: 0, y: 0, w: 10, h: 10, color: '#fff' }],
  };
  const target = Taro as unknown as Record<string, unknown>;
  const names = [
    'createOffscreenCanvas',
    'canvasToTempFilePath',
    'saveImageToPhotosAlbum',
    'showModal',
    'showToast',
    'openSetting',
  ];
  let before: Record<string, unknown>;
  let env: typeof process.env.TARO_ENV;
  const stub = (saveResult: () => Promise<unknown>, confirm = true) => {
    const mocks = {
      createOffscreenCanvas: jest.fn(() => ({
        getContext: () => ({ scale: jest.fn(), fillRect: jest.fn(), fillText: jest.fn() }),
      })),
      canvasToTempFilePath: jest.fn(async () => ({ tempFilePath: 'wxfile://tmp/receipt.png' })),
      saveImageToPhotosAlbum: jest.fn(saveResult),
      showModal: jest.fn(async () => ({ confirm, cancel: !confirm })),
      showToast: jest.fn(),
      openSetting: jest.fn(async () => ({ authSetting: {} })),
    };
    Object.assign(target, mocks);
    return mocks;
  };
  beforeEach(() => {
    before = Object.fromEntries(names.map((n) => [n, target[n]]));
    env = process.env.TARO_ENV;
    process.env.TARO_ENV = 'weapp';
  });
  afterEach(() => {
    Object.assign(target, before);
    process.env.TARO_ENV = env;
  });

  it('saves the drawn file to the album and says so', async () => {
    const mocks = stub(async () => ({}));
    await expect(saveCardImage(drawing, '表决回执-x')).resolves.toBe(true);
    expect(mocks.saveImageToPhotosAlbum).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/receipt.png' });
    expect(mocks.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已保存到相册' }));
  });

  it('when the album was refused, explains and opens the settings', async () => {
    const mocks = stub(() => Promise.reject({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' }));
    await expect(saveCardImage(drawing, '表决回执-x')).resolves.toBe(false);
    expect(mocks.showModal).toHaveBeenCalledWith(
      expect.objectContaining({ title: '需要您允许保存到相册', confirmText: '去设置' }),
    );
    expect(mocks.openSetting).toHaveBeenCalled();
  });

  it('says nothing more when the person cancels, and asks for the privacy agreement when it was refused', async () => {
    let mocks = stub(() => Promise.reject({ errMsg: 'saveImageToPhotosAlbum:fail cancel' }));
    await saveCardImage(drawing, 'x');
    expect(mocks.showModal).not.toHaveBeenCalled();
    expect(mocks.showToast).not.toHaveBeenCalled();
    mocks = stub(() => Promise.reject({ errMsg: 'fail privacy permission is not authorized', errno: 104 }));
    await saveCardImage(drawing, 'x');
    expect(mocks.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '需要先同意隐私保护指引，才能保存到相册' }),
    );
    expect(mocks.openSetting).not.toHaveBeenCalled();
  });
});
