import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Cell } from '@nutui/nutui-react-taro';
import { deleteMyAccount, downloadMyData } from '../../services/personal-data';
import { toastError, toastSuccess } from '../../services/feedback';

const IS_H5 = process.env.TARO_ENV === 'h5';

const DELETION_TEXT =
  '注销后：您的姓名、手机号、微信登录信息和所有身份将被删除，登录会失效，待审核的房屋认证将撤回。' +
  '保留：您投过的业主表决票（法定表决须可核验）、已公示的记录、提交过的诉求和工作留痕，显示为“已注销用户”。' +
  '此操作不能撤销。';

/** 下载我的数据 and 注销账号 (PIPL): a copy of what is held, and deleting the account after a clear warning. */
export function PersonalDataCells() {
  const [busy, setBusy] = useState<'download' | 'delete' | null>(null);

  async function download() {
    if (busy) return;
    setBusy('download');
    try {
      const saved = await downloadMyData();
      if (saved)
        await Taro.showModal({
          title: '已保存',
          content: `数据文件已保存在本小程序的文件中：${saved}`,
          showCancel: false,
        });
      else toastSuccess('已开始下载');
    } catch (error) {
      toastError(error);
    } finally {
      setBusy(null);
    }
  }

  async function remove() {
    if (busy) return;
    const { confirm } = await Taro.showModal({
      title: '注销账号',
      content: DELETION_TEXT,
      confirmText: '确认注销',
      confirmColor: '#c0392b',
      cancelText: '再想想',
    });
    if (!confirm) return;
    setBusy('delete');
    try {
      await deleteMyAccount();
      await Taro.showModal({ title: '账号已注销', content: '感谢您的使用。', showCancel: false });
      void Taro.reLaunch({ url: IS_H5 ? '/pages/login/index' : '/pages/home/index' });
    } catch (error) {
      toastError(error);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Cell.Group title="个人信息" className="xq-mine__personal">
      <Cell
        title="下载我的数据"
        description="您的资料、身份、房屋、诉求、表决票等，一个 JSON 文件"
        extra={busy === 'download' ? '下载中…' : '下载'}
        clickable
        onClick={() => void download()}
      />
      <Cell
        title="注销账号"
        description="删除姓名、手机号和登录信息；表决票和已公示记录保留"
        extra={busy === 'delete' ? '注销中…' : '注销'}
        clickable
        onClick={() => void remove()}
      />
    </Cell.Group>
  );
}
