import { render, screen } from '@testing-library/react';
import { ComingSoon } from './index';

describe('ComingSoon', () => {
  it('says plainly that the feature is coming and shows no data', () => {
    render(<ComingSoon feature="诉求办理" description="上线后可以提出诉求。" />);
    expect(screen.getByText('诉求办理即将上线')).toBeTruthy();
    expect(screen.getByText('上线后可以提出诉求。')).toBeTruthy();
    expect(screen.getByText('上线前这里不会展示任何数据。')).toBeTruthy();
  });
});
