export default definePageConfig({
  navigationBarTitleText: '审计报告',
  enablePullDownRefresh: true,
  enablePageMeta: true,
});
