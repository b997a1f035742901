import Taro from '@tarojs/taro';
import { periodLabel, type AccountDisclosureDetail } from '@xiaoqu/shared';
import { disclosureApi } from '../../services/clients/disclosure';
import { openDownloaded } from '../../services/attachments';
import { printErrorMessage } from './print';

const IS_H5 = process.env.TARO_ENV === 'h5';

/**
 * The A4 notice-board PDF, fetched with the token (a blob's object URL on h5, a downloaded file on weapp) and
 * opened; when the server cannot print, its reason is said plainly in a dialog rather than a cut-off toast.
 */
export async function printNotice(detail: AccountDisclosureDetail) {
  void Taro.showLoading({ title: '正在生成…', mask: true });
  try {
    const file = await disclosureApi.noticePdfFile(detail.id);
    Taro.hideLoading();
    // A browser may block a tab opened after the download's wait: then save the file instead.
    if (!IS_H5) await Taro.openDocument({ filePath: file, fileType: 'pdf', showMenu: true });
    else if (!window.open(file, '_blank'))
      await openDownloaded(file, `${periodLabel(detail.periodKey)}收支公示.pdf`, 'pdf');
  } catch (error) {
    Taro.hideLoading();
    void Taro.showModal({
      title: '暂时不能打印',
      content: printErrorMessage(error),
      showCancel: false,
      confirmText: '知道了',
    });
  }
}
