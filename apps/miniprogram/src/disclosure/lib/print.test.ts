import { ERROR_MESSAGES } from '@xiaoqu/shared';
import { ApiError, NETWORK_MESSAGE, toApiError } from '../../services/request';
import { printErrorMessage } from './print';

describe('printErrorMessage', () => {
  it('says plainly that printing is unavailable when the server answers PRINT_UNAVAILABLE (h5 reads the body)', () => {
    const error = toApiError(503, { code: 'PRINT_UNAVAILABLE', message: 'no CJK font', requestId: 'r1' });
    expect(printErrorMessage(error)).toBe('打印服务暂不可用，请稍后再试或联系物业索取纸质公示');
  });

  it('reads a bare 503 the same way (weapp downloads the error body to a file)', () => {
    expect(printErrorMessage(toApiError(503, null))).toBe(ERROR_MESSAGES.PRINT_UNAVAILABLE);
  });

  it('passes other failures through as their own message', () => {
    expect(printErrorMessage(new ApiError('NETWORK', NETWORK_MESSAGE, 0))).toBe(NETWORK_MESSAGE);
    expect(printErrorMessage(toApiError(404, { code: 'NOT_FOUND', message: 'x' }))).toBe(ERROR_MESSAGES.NOT_FOUND);
  });
});
